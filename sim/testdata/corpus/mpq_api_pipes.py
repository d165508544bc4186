# The API of multiprocessing's pipes objects, errors included (fork).
# Pipe and Connection: messages, bytes, poll, EOF and closed handles.
import sys
import multiprocessing as mp


def echo(conn, other):
    other.close()  # the parent's end: EOF comes only once every copy is closed
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        conn.send(('echo', msg))
    conn.close()


def writer(w):
    w.send_bytes(b'abcdef', 1, 3)
    w.send([1, 2.5, 'three', None, {'k': (4,)}])
    w.close()


if __name__ == '__main__':
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b, a))
    p.start()
    b.close()
    for m in [1, 'two', [3], {'four': 4}]:
        a.send(m)
        print(a.recv())
    print('poll before:', a.poll(), a.poll(0.1))
    a.close()
    p.join()
    print('exitcode', p.exitcode, 'closed', a.closed)
    try:
        a.recv()
    except OSError as e:
        print('OSError:', e)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError:', e)
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    print(r.recv_bytes(), r.recv())
    try:
        r.recv()
    except EOFError as e:
        print('EOFError', repr(e))
    p.join()
    r2, w2 = mp.Pipe(False)
    w2.send_bytes(b'x' * 10)
    try:
        r2.recv_bytes(5)
    except OSError as e:
        print('OSError:', e)
    with mp.Pipe()[0] as c:
        print('in with:', c.closed)
    print('after with:', c.closed)
    try:
        w2.send_bytes(b'abc', 4)
    except ValueError as e:
        print('ValueError:', e)
