# A Client with the wrong authkey: the server's accept() raises
# AuthenticationError('digest received was wrong'), the client's
# connect 'digest sent was rejected'.
from multiprocessing import Process
from multiprocessing.connection import Listener, Client
from multiprocessing import AuthenticationError


def intruder(address):
    try:
        Client(address, authkey=b'guess')
    except AuthenticationError as e:
        print('client:', e)


if __name__ == '__main__':
    listener = Listener(authkey=b'right key')
    p = Process(target=intruder, args=(listener.address,))
    p.start()
    try:
        listener.accept()
    except AuthenticationError as e:
        error = e
    p.join()
    print('server:', error)
    listener.close()
    print('exit code:', p.exitcode)
