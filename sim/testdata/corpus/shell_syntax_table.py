# Shell syntax as dash runs it: arithmetic, loops, case, groups,
# subshells, test and syntax errors, each through os.system with its
# output and exit status.
import os

tests = [
 'echo $((7/2)) $((-7/2)) $((7%3)) $((2*3+1)) $((1<2)) $((x+1)) $(( (1+2)*3 ))',
 'x=5; echo $((x*2)) $(($x-1)) "$((x+1))"',
 'for i in 1 2 3; do echo $i; done',
 'i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done',
 'break; echo after',
 'for i in a b; do for j in 1 2; do [ $j = 2 ] && continue 2; echo $i$j; done; done',
 'case abc in a*) echo A;; *) echo B;; esac',
 '(exit 3); echo $?',
 '{ echo a; echo b; } | cat',
 'if false; then echo 1; elif true; then echo 2; else echo 3; fi',
 'until true; do echo x; done; echo $?',
 '[ a = a ]; echo $?',
 'test -n ""; echo $?',
 'x=3; case $x in 1|2) echo low;; [3-5]) echo mid;; esac',
 'if true; then fi',
 'echo $((1/0)); echo no',
 'echo $((1+))',
 'for; do',
 '{ exit 4; }; echo no',
 'n=0; until [ $n -ge 3 ]; do n=$((n+1)); done; echo $n',
 'for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done',
 'x=$((3 > 2 ? 10 : 20)); echo $x; : $((y=4)); echo $y',
]
for t in tests:
    print('>>', t, flush=True)
    print('rc', os.system(t) >> 8, flush=True)
