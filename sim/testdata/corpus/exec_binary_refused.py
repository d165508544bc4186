# dash runs an ENOEXEC file as a script only if its first line looks like
# text: a control character there makes it "Exec format error" (126).
import os

path = '/tmp/zombielab_corpus_binary'
with open(path, 'w') as f:
    f.write('\x01\x02garbage\nmore\n')
os.chmod(path, 0o755)
status = os.system(path)
print('exit code', status >> 8)
os.remove(path)
