# tempfile and shutil as scripts use them around child processes:
# mkstemp, a NamedTemporaryFile a child reads by name, a TemporaryFile a
# child writes to (then seek(0) and read), a TemporaryDirectory removed
# with what is in it, mkdtemp, shutil.copy, shutil.which, rmtree's error.
import os, subprocess, tempfile, shutil
print(tempfile.gettempdir(), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix='.txt')
print(path.startswith('/tmp/tmp'), path.endswith('.txt'), len(os.path.basename(path)), fd > 2)
os.write(fd, b'data')
os.close(fd)
print(open(path).read())
os.unlink(path)
with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    f.write('first\n')
    f.flush()
    print(os.path.exists(f.name), subprocess.run(['cat', f.name], capture_output=True, text=True).stdout, end='')
    f.seek(0)
    print(repr(f.read()))
    name = f.name
print('deleted:', not os.path.exists(name))
with tempfile.TemporaryFile() as f:
    subprocess.run(['echo', 'from a child'], stdout=f)
    f.seek(0)
    print(f.read())
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('tmp'))
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'b', 'x.txt'), 'w') as f:
        f.write('x')
    shutil.copy(os.path.join(d, 'a', 'b', 'x.txt'), d)
    print(sorted(os.listdir(d)))
    saved = d
print('removed:', not os.path.exists(saved))
d = tempfile.mkdtemp(prefix='zl_')
print(os.path.basename(d).startswith('zl_'), os.path.isabs(d))
os.rmdir(d)
print(shutil.which('sh'), shutil.which('no-such-program-zl'), shutil.which('/bin/sh'))
td = tempfile.TemporaryDirectory(suffix='_s')
print(repr(td).startswith("<TemporaryDirectory '/tmp/tmp"), td.name.endswith('_s'))
td.cleanup()
try:
    shutil.rmtree('/tmp/zl-no-such-dir')
except FileNotFoundError as e:
    print('rmtree:', e.errno)
