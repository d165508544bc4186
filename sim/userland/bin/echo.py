# /bin/echo (coreutils src/echo.c): the arguments, one space apart, and a
# newline unless -n; -e turns on backslash escapes.
import os, sys

args = sys.argv[1:]
newline = True
escapes = False
while args and args[0] in ('-n', '-e', '-E', '-ne', '-en'):
    if 'n' in args[0]:
        newline = False
    if 'e' in args[0][1:]:
        escapes = True
    args = args[1:]
text = ' '.join(args)
if escapes:
    text = text.replace('\\n', '\n').replace('\\t', '\t').replace('\\\\', '\\')
if newline:
    text += '\n'
os.write(1, text.encode())
