# An error in the server side: the referent's KeyError and IndexError are
# re-raised in the caller; an unfinished with block still shuts down.
from multiprocessing import Manager

if __name__ == '__main__':
    with Manager() as m:
        d = m.dict(a=1)
        l = m.list([1, 2])
        try:
            d['missing']
        except KeyError as e:
            print('KeyError', e)
        try:
            l[5]
        except IndexError as e:
            print('IndexError', e)
        print(d.pop('a'), d, l.pop(), l)
        raise RuntimeError('boom inside the with block')
