# glob and fnmatch over a small tree: wildcards, sets and ranges, hidden
# names, recursive **, patterns ending in a slash, escape, iglob, root_dir
# (3.10+) and include_hidden (3.11+).
import fnmatch
import glob
import os
import sys

base = 'globtree_%d' % os.getpid()
for d in ['a', 'a/sub', 'b', '.hid']:
    os.makedirs(os.path.join(base, d))
for f in ['x.txt', 'y.txt', 'z.py', '.dot.txt', 'a/one.txt', 'a/sub/two.txt', 'b/[x].txt', '.hid/h.txt', 'a1', 'a2', 'ab']:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)


def show(label, names):
    print(label, sorted(n.replace(base, 'BASE') for n in names))


def globbed(label, pat, **kw):
    try:
        show(label, glob.glob(pat, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


os.chdir(base)
for pat in ['*', '*.txt', '?.txt', '[xy].txt', '[!x]*.txt', 'a[0-9]', 'a[!0-9]', 'a[2-1]', '*/*.txt', '*/', 'a/*/*',
            'nothing*', 'x.txt', 'missing.txt', '.*', 'b/[[]x].txt', '**', '**/*.txt', 'a/**', '[', 'a[', '*[*']:
    globbed('glob %r' % pat, pat)
for pat in ['**', '**/*.txt', 'a/**', 'a/**/', '**/']:
    globbed('recursive %r' % pat, pat, recursive=True)
show('absolute', [p[len(os.getcwd()):] for p in glob.glob(os.path.join(os.getcwd(), '*.py'))])
it = glob.iglob('*.txt')
print('iglob', type(it).__name__, sorted(it))
print('escape', glob.escape('a[b]*?.txt'), glob.has_magic('a*'), glob.has_magic('abc'))
show('escaped', glob.glob(glob.escape('b/[x].txt')))
if sys.version_info >= (3, 10):
    show('root_dir', glob.glob('*.txt', root_dir='a'))
    show('root_dir rec', glob.glob('**', root_dir='a', recursive=True))
if sys.version_info >= (3, 11):
    show('include_hidden', glob.glob('*', include_hidden=True))
    show('include_hidden rec', glob.glob('**/*.txt', recursive=True, include_hidden=True))
try:
    glob.glob('*', bogus=1)
except TypeError as e:
    print('TypeError', e)
names = ['a.py', 'B.PY', 'c.txt', '.x.py', 'd[1].py', 'e\nf.py']
for pat in ['*.py', '*.PY', '[a-c]*', '[!a]*', '?.py', '*[[]1]*', 'e*', '[]]', '[!]]', '[a-]*', '[z-a]*', '[!z-a]*', '*.[!p]*']:
    try:
        print('fnmatch %r' % pat, [n for n in names if fnmatch.fnmatch(n, pat)], fnmatch.filter(names, pat) == [n for n in names if fnmatch.fnmatchcase(n, pat)])
    except Exception as e:
        print('fnmatch %r' % pat, type(e).__name__, e)
print(fnmatch.fnmatch('A.TXT', '*.txt'), fnmatch.fnmatchcase('abc', 'a*c'), fnmatch.fnmatch('a/b', 'a*b'), fnmatch.fnmatch('', '*'))
os.chdir('..')
import shutil
shutil.rmtree(base)
print('done', os.path.exists(base))
