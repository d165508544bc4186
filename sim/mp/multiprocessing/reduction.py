# multiprocessing/reduction.py: the one module that talks to the simulator's
# native module _zombielab. CPython's Lib/multiprocessing/reduction.py
# (3.8-3.14) pickles objects for spawn and forkserver (ForkingPickler,
# dump) and sends fds over AF_UNIX sockets (sendfds, recvfds); the other
# stand-ins here replace _posixsubprocess.fork_exec, runpy.run_path and
# traceback.print_exc. Only spawn and forkserver import this module, so the
# fork start method runs without _zombielab.

import _zombielab


def dumps(obj):
    # reduction.py ForkingPickler.dumps: functions and classes by reference
    # (module + qualname), instances as class + attributes.
    return _zombielab.dumps(obj)


def loads(data):
    # pickle.loads; a reference to __main__ resolves to __mp_main__ in a
    # spawned child, as in CPython.
    return _zombielab.loads(data)


def sendfds(fd, fds, data=b''):
    # reduction.py sendfds: one message carrying fds (SCM_RIGHTS).
    _zombielab.sendmsg(fd, data, fds)


def recvfds(fd):
    # reduction.py recvfds: (data, fds); (b'', []) at EOF.
    return _zombielab.recvmsg(fd)


def fork_exec(path, args, passfds):
    # _posixsubprocess.fork_exec(close_fds=True): fork, keep only passfds
    # (and 0, 1, 2), exec a fresh interpreter running args; returns its pid.
    return _zombielab.spawnv_passfds(path, args, passfds)


def run_main_path(path):
    # runpy.run_path(path, run_name='__mp_main__') as spawn's
    # _fixup_main_from_path uses it, aliasing sys.modules['__main__'].
    _zombielab.import_main_path(path)


def print_exc():
    # traceback.print_exc(): the exception being handled, to stderr.
    _zombielab.print_exc()


def listen(inet, name):
    # socket() + bind() + listen() for connection.SocketListener: the
    # listening socket's fd.
    return _zombielab.listen(inet, name)


def accept(fd):
    # socket.accept() for connection.SocketListener.accept: the new
    # connection's (read fd, write fd).
    return _zombielab.accept(fd)


def connect(inet, name):
    # socket() + connect() for connection.SocketClient.
    return _zombielab.connect(inet, name)
