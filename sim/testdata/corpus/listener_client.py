# multiprocessing.connection's Listener and Client: the docs' example of a
# server and a client exchanging objects over a socket with an authkey.
from multiprocessing import Process
from multiprocessing.connection import Listener, Client

ADDRESS = ('localhost', 46017)


def client():
    with Client(ADDRESS, authkey=b'secret password') as conn:
        print('client got:', conn.recv())
        print('client got bytes:', conn.recv_bytes())
        conn.send(['done', 42])


if __name__ == '__main__':
    with Listener(ADDRESS, authkey=b'secret password') as listener:
        p = Process(target=client)
        p.start()
        with listener.accept() as conn:
            print('connection accepted')
            conn.send([2.25, None, 'junk', float])
            conn.send_bytes(b'hello')
            print('server got:', conn.recv())
        p.join()
    print('client exit code:', p.exitcode)
