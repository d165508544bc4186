# shlex: splitting and quoting command lines.
import shlex

for line in ['ps -o pid,stat,cmd', 'echo "hello world" it\\\'s', "sh -c 'sleep 1; echo done'",
             r'printf "a\"b\\c" x\ y', '  spaced   out  ', 'a"b"c \'d\'e', 'cmd # not a comment', '']:
    print(repr(line), '->', shlex.split(line))
print(shlex.split('cmd # comment', comments=True))
for bad in ['echo "unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
print(shlex.quote(''), shlex.quote('safe-name_1.txt'), shlex.quote('has space'), shlex.quote("it's"), shlex.quote('$HOME'))
print(shlex.join(['sh', '-c', 'echo $((1+2)) > out.txt']), shlex.split(shlex.join(['a b', "c'd"])))
