# CPU-bound work as multiprocessing tutorials show it: hashing words in a
# Pool, cracking a short md5 by brute force, pbkdf2_hmac; hash objects
# updated, copied and continued in a forked child and its parent; each
# version's errors for a str, a bad length, an unknown hash name.
import hashlib
import multiprocessing as mp
import os


def digest(word):
    return word, hashlib.sha256(word.encode()).hexdigest()[:16]


def crack(target):
    for n in range(2000):
        if hashlib.md5(str(n).encode()).hexdigest() == target:
            return n
    return None


if __name__ == '__main__':
    print(hashlib.md5(b'hello').hexdigest(), hashlib.sha1(b'hello').hexdigest())
    h = hashlib.sha256()
    h.update(b'hello ')
    h.update(bytearray(b'world'))
    c = h.copy()
    c.update(b'!')
    print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
    print(hashlib.new('SHA512', b'x').hexdigest()[:16], hashlib.new('sha224', data=b'y').hexdigest()[:16], hashlib.new('sha512_256').name)
    print(hashlib.sha3_256(b'abc').hexdigest()[:16], hashlib.shake_128(b'abc').hexdigest(8), hashlib.shake_256(b'abc').digest(4))
    print(hashlib.sha384(b'').hexdigest()[:12], hashlib.sha512(string=b'q').hexdigest()[:12])
    print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, dklen=10).hex())
    print(sorted(hashlib.algorithms_guaranteed), 'sha256' in hashlib.algorithms_available, type(hashlib.algorithms_guaranteed).__name__)
    for bad in (lambda: hashlib.md5('text'), lambda: hashlib.sha1(5), lambda: hashlib.new('nope'), lambda: h.update('s'),
                lambda: hashlib.shake_128(b'').hexdigest(-1), lambda: hashlib.shake_256(b'').digest(-1),
                lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, dklen=0),
                lambda: hashlib.pbkdf2_hmac('md4x', b'p', b's', 1), lambda: hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 3).hex()):
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    for f in (lambda: hashlib.md5(b'a', b'b'), lambda: hashlib.sha3_256(b'a', b'b'), lambda: hashlib.shake_128(b'a', b'b'),
              lambda: hashlib.new('md5', b'a', b'b'), lambda: hashlib.new()):
        try:
            f()
        except TypeError as e:
            print(e)
    with mp.Pool(2) as pool:
        print(pool.map(digest, ['a', 'b', 'c']))
        target = hashlib.md5(b'1234').hexdigest()
        print(pool.apply(crack, (target,)))
    h2 = hashlib.md5(b'part1')
    pid = os.fork()
    if pid == 0:
        h2.update(b'child')
        print('child', h2.hexdigest())
        os._exit(0)
    os.waitpid(pid, 0)
    h2.update(b'parent')
    print('parent', h2.hexdigest(), type(h2).__name__, repr(h2).split(' object')[0])
