# A comment before anything.

x = (1 +
     2)   # implicit joining
y = [
    1,
    2,
]
z = 1 + \
    2
if x:
	y = 1  # a tab
	if y:
		z = 2
if x: y = 1; z = 2;
def f(): return 1
class C: pass

    # an indented comment line is ignored


while x:

    x -= 1
    # comment at a deeper level

# trailing comment without newline at end
