# A Python script with a #!/usr/bin/env python3 line, made executable and
# run by path: the kernel runs env, env runs python3 with the script.
import os
import subprocess

path = '/tmp/zombielab_corpus_tool.py'
with open(path, 'w') as f:
    f.write('#!/usr/bin/env python3\nimport sys\nprint("args:", sys.argv[1:])\nsys.exit(len(sys.argv) - 1)\n')
print(os.access(path, os.X_OK))
os.chmod(path, 0o755)
print(os.access(path, os.X_OK))
r = subprocess.run([path, 'alpha', 'beta'], capture_output=True, text=True)
print(r.stdout, end='')
print('returncode', r.returncode)
os.remove(path)
