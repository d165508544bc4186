# Unquoted * and ? in a shell command expand to the matching files, sorted;
# quoted, or with no match, they stay as written.
import os
import subprocess

names = ['zl_glob_b.txt', 'zl_glob_a.txt', 'zl_glob_c.log', '.zl_glob_hidden.txt']
for n in names:
    with open('/tmp/' + n, 'w') as f:
        f.write(n + '\n')
print(subprocess.run('echo zl_glob_*.txt; echo "zl_glob_*.txt"; echo zl_glob_none*',
                     shell=True, cwd='/tmp', capture_output=True, text=True).stdout, end='')
os.system('cd /tmp && for f in zl_glob_?.*; do printf "%s " "$f"; done; echo')
os.system('cat /tmp/zl_glob_*.log')
for n in names:
    os.remove('/tmp/' + n)
