# grep as zombie hunters use it on ps output and files: basic and extended
# regular expressions, bracket expressions and classes, -w -x -o -c -l -L
# -n -H -m -A -B -C --color, several patterns, and GNU grep's messages for
# bad patterns and options.
import os, subprocess
cmds = ["grep '[' g.txt", "grep -E '(' g.txt", "grep -e", "grep -Y x g.txt", "grep -w Z g.txt", "grep -o 'Z[a-z]*' g.txt", "grep -c Z g.txt g.txt", "grep -n -i z g.txt", "grep -l Z g.txt /nonexist", "grep -s Z /nonexist", "grep -x xyz g.txt", "grep -m1 Z g.txt", "grep -E 'Z|y' g.txt", "grep 'Z\\|y' g.txt", "grep '' g.txt | wc -l", "grep -q Z g.txt", "grep -H Z g.txt", "grep --color=always Z g.txt", "grep -F '[' g.txt", "grep 'a\\{1,2\\}' g.txt", "grep -E 'a{1' g.txt", "grep '\\(' g.txt", "grep -e Z -e xyz g.txt", "grep -v -c Z g.txt", "grep -ow 'Z' g.txt", "echo hi | grep -H hi", "grep Z nodir/x", "grep --foo Z", "grep -A1 xyz g.txt", "grep -B1 -n xyz g.txt", "grep -C1 Zombie g.txt", "grep -E '^[A-Za-z]+$' g.txt", "grep '[[:upper:]][[:lower:]]\\+' g.txt", "grep -E 'o{2}' g.txt", "grep -iw 'z' g.txt", "grep -E '(Z|x)(o|y)' g.txt", "grep -L Z g.txt", "grep -c '[zZ]' g.txt", "grep 'a\\b' g.txt", "grep '\\<Z' g.txt", "grep -E 'a{2,1}' g.txt", "grep '[z-a]' g.txt", "grep '[[:foo:]]' g.txt", "grep 'a[' g.txt", "grep '[a' g.txt", "printf 'S\\nZ+\\nZs\\nR\\n' | grep -e '^[Zz]'"]
# A file of its own (the corpus runs several copies at once), named g.txt
# in what is printed.
path = '/tmp/zl-grep-%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('a Z b\nZombie\nxyz\nfooZ\n')
for c in cmds:
    print('$', c)
    r = subprocess.run(c.replace('g.txt', path) + ' 2>&1; echo rc $?', shell=True, stdout=subprocess.PIPE, text=True)
    print(r.stdout.replace(path, 'g.txt'), end='')
os.remove(path)
