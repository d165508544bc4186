# re: matching, searching, groups, substitution and splitting, as
# programs parse ps output and /proc files.
import re

status = 'Name:\tpython3\nState:\tZ (zombie)\nTgid:\t1204\nPid:\t1204\nPPid:\t1200\n'
m = re.search(r'^State:\s+(\w)\s+\((\w+)\)', status, re.MULTILINE)
print(m, m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(1), m.end(2))
print(re.findall(r'^(\w+):\s*(\S+)', status, re.M))
print(dict(re.findall(r'(\w+):\t(\d+)', status)))
pid = re.compile(r'(?P<key>P?Pid):\t(?P<value>\d+)')
print([(m.group('key'), int(m['value'])) for m in pid.finditer(status)], pid.groupindex, pid.groups)
print(pid.search(status).groupdict(), pid, re.compile('a+', re.I | re.S))
ps = '''  PID  PPID STAT CMD
 1200     1 S    python3 main.py
 1203  1200 Z    [python3] <defunct>
 1204  1200 Z    [python3] <defunct>'''
zombies = [line.split()[0] for line in ps.splitlines() if re.match(r'\s*\d+\s+\d+\s+Z', line)]
print(zombies, len(re.findall(r'<defunct>', ps)))
print(re.sub(r'\s+', ' ', '  many   spaces\there '), re.sub(r'(\d+)', r'<\1>', 'pid 12 and 345'))
print(re.sub(r'(?P<n>\d+)', lambda m: str(int(m.group('n')) * 2), 'a1 b22 c333'), re.subn('a', 'b', 'banana'))
print(re.sub('x*', '-', 'abxd'), re.sub(r'\bcat\b', 'dog', 'cat catalog cat'), re.sub('a', r'\g<0>\n', 'ab'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(\d)', 'a1b2c'), re.split(r'\s+', 'one two  three', maxsplit=1), re.split('x*', 'axbc'))
print(re.match(r'a.c', 'abc'), re.match(r'a.c', 'a\nc'), re.match(r'a.c', 'a\nc', re.DOTALL) is not None)
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, re.fullmatch(r'\d{3}', '1234'), re.search(r'\d{2,3}', 'a12345').group())
print(re.findall(r'a*?b', 'aab ab b'), re.findall(r'<.*?>', '<a><b>'), re.findall(r'<.*>', '<a><b>'))
print(re.findall(r'[A-Fa-f0-9]+', 'ff 0x1A zz 42'), re.findall(r'[^aeiou\s]+', 'hello world'), re.findall(r'[-.\w]+@\w+\.com', 'x a.b-c@site.com y'))
print(re.search(r'(\w+) \1', 'hello hello world').group(1), re.search(r'(?i)HELLO', 'say hello').group(), re.findall(r'(?:ab)+', 'ababxab'))
print(re.search(r'foo(?=bar)', 'foobaz foobar').span(), re.findall(r'\d+(?!px)\b', '10px 20em 30'), re.search(r'(?<=\$)\d+', 'cost: $42').group())
print(re.findall(r'colou?r', 'color colour colr'), re.findall(r'\d', 'a1b2'), re.findall(r'(a)(b)?', 'ab a'))
print(re.escape('1.5*x+[y]'), re.escape('a b'), re.search(r'^$', ''), re.findall('', 'ab'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(a+)+b', 'aaab').group(), re.search(r'x|$', 'abc').span())
m = re.match(r'(\d+)-(\d+)?', '12-')
print(m.groups(), m.groups('none'), m.lastindex, m.group(1, 2), m.span(2))
verbose = re.compile(r'''
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
''', re.VERBOSE)
print(verbose.findall('555-1234 and 555 9876'))
for bad in ['(ab', 'a)', '[abc', '*a', 'a{2,1}', r'\9']:
    try:
        re.compile(bad)
    except re.error:
        print('re.error for', repr(bad))
