# More of dash through os.system: background jobs, nested loops with
# test, cd, set --, command substitution and its status.
import os

tests = [
 'sleep 0.2 & wait; echo $?',
 '(sleep 0.1; exit 5) & wait $!; echo $?',
 'for i in 1 2; do echo $i; done | cat',
 'x=abc; case "$x" in "a"*) echo quoted-star;; esac',
 'case x in y) echo no;; esac; echo $?',
 'if [ 1 -lt 2 -a 3 -gt 2 ]; then echo both; fi',
 '[ ! -z "x" ] && echo notempty',
 '[ 5 -eq abc ]; echo $?',
 'cd /tmp && pwd; cd /nonexistent; echo $?',
 'set -- a b; echo $#',
 'f=1; while :; do f=$((f*2)); [ $f -gt 100 ] && break; done; echo $f',
 'echo "$(( 0x10 + 010 ))"',
 '[ -d /tmp ] && [ -f /etc/nothing ] || echo nofile',
 'for x in a b c; do echo -n $x; done; echo',
 'i=0; while true; do i=$((i+1)); if [ $i -eq 2 ]; then continue; fi; echo $i; [ $i -ge 4 ] && break; done',
 'echo $(printf x)y',
 'echo `echo a b`; echo "$(echo "q w")"',
 'x=$(false); echo $?; y=$(echo hi; exit 3); echo $? $y',
 'n=$(echo 3 + 4); echo $((n))',
 'for w in $(echo one two three); do echo "<$w>"; done',
 'echo "count: $(echo a; echo b | wc -l)"',
 'case $(echo abc) in a*) echo yes;; esac',
 'echo $(echo $(echo nested))',
 'false & wait; echo $?',
 'echo $(exit 5) $?',
 'echo "$(printf "a\\n\\n\\n")" end',
]
for t in tests:
    print('>>', t, flush=True)
    print('rc', os.system(t) >> 8, flush=True)
