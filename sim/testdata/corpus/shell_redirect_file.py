import os
path = '/tmp/zombielab_corpus_redirect.txt'
os.system('echo hi > %s; echo again >> %s; cat < %s' % (path, path, path))
with open(path) as f:
    print(f.read().split())
os.remove(path)
