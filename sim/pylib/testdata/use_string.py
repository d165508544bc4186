# string: constants, capwords, Template.
import string
from string import Template

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.ascii_letters[20:30])
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'))
t = Template('$who likes $what, ${who}s like $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(Template('$x$y ${z}z $').safe_substitute(x=1, z=3))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
try:
    Template('cost: $5').substitute()
except ValueError as e:
    print('ValueError:', e)
try:
    Template('line one\n  ${bad').substitute(bad=1)
except ValueError as e:
    print('ValueError:', e)
print(Template('$a_1 $_b').substitute(a_1='A', _b='B'), t.template)


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %% done, %{name}!').substitute(name='job'))
alpha = set(string.ascii_letters + string.digits)
print(''.join(c for c in 'Hi, there #1!' if c in alpha))
print([c for c in 'a1 B!' if c in string.punctuation or c in string.whitespace])
