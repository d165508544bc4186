# Popen(cwd=...) runs the child in another directory; a bad cwd fails in
# the parent with the directory as the filename.
import os
import subprocess

path = '/tmp/zombielab_corpus_cwd.txt'
with open(path, 'w') as f:
    f.write('found relative to /tmp\n')
print(subprocess.run(['cat', 'zombielab_corpus_cwd.txt'], cwd='/tmp', capture_output=True, text=True).stdout, end='')
print(subprocess.run('pwd; cat zombielab_corpus_cwd.txt', shell=True, cwd='/tmp', capture_output=True, text=True).stdout, end='')
print(subprocess.check_output(['python3', '-c', 'import os; print(os.getcwd())'], cwd='/tmp').decode(), end='')
for bad in ('/tmp/no_such_dir', path):
    try:
        subprocess.run(['true'], cwd=bad)
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename)
os.remove(path)
