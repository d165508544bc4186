# ( ) runs in a child shell: its exit and its variables stay there; { }
# runs in the same shell, and its redirection applies to the whole group.
import os

path = '/tmp/zombielab_corpus_group.txt'
os.system('(exit 3); echo "subshell status $?"')
os.system('x=outer; (x=inner; echo "in: $x"); echo "out: $x"')
os.system('{ echo one; echo two; } > %s; x=1; { x=2; }; echo "group x=$x"' % path)
with open(path) as f:
    print(f.read().split())
os.remove(path)
print(os.system('{ exit 6; }; echo not reached') >> 8)
