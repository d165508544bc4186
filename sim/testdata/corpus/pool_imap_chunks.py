# imap keeps the input order, even with chunks of three.
from multiprocessing import Pool


def label(n):
    return 'item-%d' % n


if __name__ == '__main__':
    with Pool(2) as p:
        for text in p.imap(label, range(7), chunksize=3):
            print(text)
