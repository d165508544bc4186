# Directories: os.mkdir, os.makedirs (exist_ok), os.rmdir, os.removedirs,
# os.rename and os.replace of files and directory trees, with Linux's errors
# (EEXIST, ENOTEMPTY, ENOTDIR, EISDIR, EINVAL into itself, ENOTEMPTY onto an
# ancestor, a trailing slash) and rename's two file names.
import os
base = '/tmp/zl_dirs_%d' % os.getpid()
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print('again:', e.strerror, e.filename == base)
os.makedirs(base + '/a/b/c')
os.makedirs(base + '/a/b/c', exist_ok=True)
try:
    os.makedirs(base + '/a/b')
except FileExistsError as e:
    print('makedirs:', e.errno)
with open(base + '/a/f.txt', 'w') as f:
    f.write('hello')
print(sorted(os.listdir(base + '/a')))
try:
    os.rmdir(base + '/a')
except OSError as e:
    print('rmdir:', type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir(base + '/a/f.txt')
except OSError as e:
    print('rmdir file:', type(e).__name__, e.strerror)
try:
    os.mkdir(base + '/a/f.txt/x')
except OSError as e:
    print('mkdir under a file:', type(e).__name__, e.strerror)
try:
    os.mkdir(base + '/nope/x')
except OSError as e:
    print('mkdir no parent:', type(e).__name__, e.strerror)
os.rename(base + '/a/f.txt', base + '/g.txt')
print(open(base + '/g.txt').read(), os.path.exists(base + '/a/f.txt'))
os.replace(base + '/g.txt', base + '/a/b/h.txt')
try:
    os.rename(base + '/missing', base + '/x')
except FileNotFoundError as e:
    print(e.args, e.filename == base + '/missing', e.filename2 == base + '/x', str(e).endswith("x'"))
try:
    os.rename(base + '/a/b/h.txt', base + '/a')
except OSError as e:
    print('file onto a dir:', type(e).__name__, e.strerror)
os.rename(base + '/a', base + '/z')
print(sorted(os.listdir(base)), sorted(os.listdir(base + '/z/b')), open(base + '/z/b/h.txt').read())
try:
    os.rename(base + '/z', base + '/z/b/inside')
except OSError as e:
    print('into itself:', type(e).__name__, e.strerror)
os.mkdir(base + '/empty')
os.mkdir(base + '/full')
open(base + '/full/x', 'w').close()
os.rename(base + '/empty', base + '/z/b/c')
try:
    os.rename(base + '/z', base + '/full')
except OSError as e:
    print('onto a full dir:', type(e).__name__, e.strerror)
os.remove(base + '/full/x')
os.removedirs(base + '/full')
os.remove(base + '/z/b/h.txt')
os.removedirs(base + '/z/b/c')
print(os.path.exists(base), os.listdir('/tmp').count(os.path.basename(base)))
base2 = base + '_2'
os.mkdir(base2)
open(base2 + '/f', 'w').close()
try:
    os.rename(base2 + '/f', base2 + '/d/')
except OSError as e:
    print('to a missing dir:', type(e).__name__, e.strerror)
os.mkdir(base2 + '/d')
try:
    os.rename(base2 + '/f', base2 + '/d')
except OSError as e:
    print('file onto an empty dir:', type(e).__name__, e.strerror)
try:
    os.rename(base2 + '/d', base2 + '/f')
except OSError as e:
    print('dir onto a file:', type(e).__name__, e.strerror)
os.remove(base2 + '/f')
os.rmdir(base2 + '/d')
os.rmdir(base2)
print('clean:', not os.path.exists(base2))
