# The tutorial's "process every file in parallel": glob finds the files, a
# Pool of three counts their lines and words, the results come back in
# order; fnmatch picks the error logs. (A folder of its own, removed at the
# end.)
import fnmatch
import glob
import os
import shutil
from multiprocessing import Pool

work = 'pool_glob_%d' % os.getpid()


def count(path):
    with open(path) as f:
        text = f.read()
    return os.path.basename(path), len(text.splitlines()), len(text.split())


if __name__ == '__main__':
    os.makedirs(os.path.join(work, 'old'))
    for i in range(6):
        with open(os.path.join(work, 'day%d.log' % i), 'w') as f:
            for j in range(i + 1):
                f.write('line %d of day %d%s\n' % (j, i, ' ERROR' if (i + j) % 4 == 0 else ''))
    with open(os.path.join(work, 'old', 'day9.log'), 'w') as f:
        f.write('archived\n')
    with open(os.path.join(work, 'notes.txt'), 'w') as f:
        f.write('not a log\n')
    files = sorted(glob.glob(os.path.join(work, '*.log')))
    print(len(files), 'logs;', len(glob.glob(os.path.join(work, '**', '*.log'), recursive=True)), 'with old/')
    with Pool(3) as pool:
        for name, lines, words in pool.map(count, files):
            print(name, lines, words)
    names = [os.path.basename(p) for p in files]
    print(fnmatch.filter(names, 'day[0-2].log'), fnmatch.fnmatch('DAY1.LOG', 'day*.log'))
    shutil.rmtree(work)
    print('left:', glob.glob(work))
