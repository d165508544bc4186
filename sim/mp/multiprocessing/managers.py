# multiprocessing/managers.py: BaseManager, SyncManager (what
# multiprocessing.Manager() returns), the server process and the proxies,
# condensed from CPython's Lib/multiprocessing/managers.py (3.8-3.14).
#
# start() runs the server in a child process started with Process.start()
# and named after the manager's class (SyncManager-1): main's child, in
# _children, so active_children() lists it. The server listens on a socket
# (connection.Listener at an AF_UNIX address, the kernel's, sim/kernel/
# unix.go) and sends its address back over a one-way Pipe. Every request
# from this side is a new connection with the authkey handshake: create,
# incref, decref, shutdown; a proxy keeps one connection per process and
# thread for its method calls, served by its own thread in the server
# (accept_connection -> serve_client). shutdown() -- the with block's end,
# or the Finalize at exit (exitpriority 0) -- asks the server to stop,
# joins the process (so reaps it), and terminates it if it lingers. A proxy
# in a forked child connects anew (register_after_fork); one pickled to a
# spawn child reconnects by address (RebuildProxy).
#
# Where the model departs from CPython:
# - the subset has no exec() or 3-argument type(), so the proxy types that
#   CPython makes with MakeProxyType are written out, and AutoProxy is one
#   class that looks its exposed methods up in __getattr__;
# - the subset's builtin types have no dunder attributes, so the server
#   runs d[k], k in d, len(d) ... as operators (_call_referent), where
#   CPython does getattr(obj, '__getitem__')(k);
# - with no garbage collection, a proxy is decref'd only at exit (its
#   Finalize, exitpriority 10), never when dropped;
# - a server error is sent as the exception's text (RemoteError), without
#   the remote traceback's lines.

import os
import sys
import signal
import threading
import queue

from multiprocessing import connection
from multiprocessing import context
from multiprocessing import process
from multiprocessing import util

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

_VERSION = sys.version_info[:2]


class Token(object):
    # managers.py Token: what names a shared object (typeid, address, id).

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \
               (self.__class__.__name__, self.typeid, self.address, self.id)


def dispatch(c, id, methodname, args=(), kwds={}):
    # managers.py dispatch: one request over c, its reply; an error reply
    # is raised here.
    c.send((id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def convert_to_error(kind, result):
    # managers.py convert_to_error
    if kind == '#ERROR':
        return result
    elif kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError(
                "Result {0!r} (kind '{1}') type is {2}, not str".format(
                    result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        else:
            return RemoteError(result)
    else:
        return ValueError('Unrecognized message type {!r}'.format(kind))


class RemoteError(Exception):
    # managers.py RemoteError: the server could not run a request.
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


def _format_exc(e):
    # traceback.format_exc() in CPython's server; here the last line only.
    return 'Traceback (most recent call last):\n%s: %s\n' % (type(e).__name__, e)


def _public_methods(obj):
    # managers.py public_methods (all_methods over dir(obj)): the callable
    # attributes not starting with '_'. The subset has no dir(): the
    # classes' namespaces along the MRO give the same names.
    names = []
    for cls in type(obj).__mro__:
        for name in list(cls.__dict__):
            if name[0] != '_' and name not in names and callable(getattr(obj, name)):
                names.append(name)
    names.sort()
    return names


def _call_referent(obj, methodname, args, kwds):
    # The server's `getattr(obj, methodname)(*args, **kwds)` (serve_client).
    # The subset's builtin types have no dunder attributes, so the special
    # methods the proxies expose run as the operators that call them.
    if methodname == '__getitem__':
        return obj[args[0]]
    if methodname == '__setitem__':
        obj[args[0]] = args[1]
        return None
    if methodname == '__delitem__':
        del obj[args[0]]
        return None
    if methodname == '__contains__':
        return args[0] in obj
    if methodname == '__len__':
        return len(obj)
    if methodname == '__iter__':
        return iter(obj)
    if methodname == '__next__':
        return next(obj)
    if methodname == '__reversed__':
        return reversed(obj)
    if methodname == '__add__':
        return obj + args[0]
    if methodname in ('__mul__', '__rmul__'):
        return obj * args[0]
    if methodname == '__imul__':
        obj *= args[0]
        return obj
    if methodname == '__getattribute__':
        return getattr(obj, args[0])
    if methodname == '__setattr__':
        return setattr(obj, args[0], args[1])
    if methodname == '__delattr__':
        return delattr(obj, args[0])
    result = getattr(obj, methodname)(*args, **kwds)
    if methodname in ('keys', 'values', 'items'):
        # managers.py registers rebuild_as_list for the dict views.
        result = list(result)
    return result


class Server(object):
    # managers.py Server: runs in the manager's process. The main thread
    # waits for shutdown; a daemon accepter thread takes connections and a
    # daemon thread serves each one.
    public = ['shutdown', 'create', 'accept_connection', 'get_methods',
              'debug_info', 'number_of_objects', 'dummy', 'incref', 'decref']

    def __init__(self, registry, address, authkey, serializer):
        # managers.py Server.__init__ (backlog 16 up to 3.8, 128 after).
        if not isinstance(authkey, bytes):
            raise TypeError(
                "Authkey {0!r} is type {1!s}, not bytes".format(
                    authkey, type(authkey)))
        self.registry = registry
        self.authkey = authkey
        backlog = 16 if _VERSION < (3, 9) else 128
        self.listener = connection.Listener(address=address, backlog=backlog)
        self.address = self.listener.address
        self.id_to_obj = {'0': (None, ())}
        self.id_to_refcount = {}
        self.id_to_local_proxy_obj = {}
        self.mutex = threading.Lock()

    def serve_forever(self):
        # managers.py Server.serve_forever: wake every second until the
        # stop event is set, then exit the process with 0.
        self.stop_event = threading.Event()
        process.current_process()._manager_server = self
        try:
            accepter = threading.Thread(target=self.accepter)
            accepter.daemon = True
            accepter.start()
            try:
                while not self.stop_event.is_set():
                    self.stop_event.wait(1)
            except (KeyboardInterrupt, SystemExit):
                pass
        finally:
            sys.exit(0)

    def accepter(self):
        # managers.py Server.accepter: a thread per connection.
        while True:
            try:
                c = self.listener.accept()
            except OSError:
                continue
            t = threading.Thread(target=self.handle_request, args=(c,))
            t.daemon = True
            t.start()

    def _handle_request(self, c):
        # managers.py Server._handle_request (Server.handle_request up to
        # 3.8): the handshake, one request to the server itself, its reply.
        request = None
        try:
            connection.deliver_challenge(c, self.authkey)
            connection.answer_challenge(c, self.authkey)
            request = c.recv()
            ignore, funcname, args, kwds = request
            assert funcname in self.public, '%r unrecognized' % funcname
            func = getattr(self, funcname)
        except Exception as e:
            msg = ('#TRACEBACK', _format_exc(e))
        else:
            try:
                result = func(c, *args, **kwds)
            except Exception as e:
                msg = ('#TRACEBACK', _format_exc(e))
            else:
                msg = ('#RETURN', result)
        try:
            c.send(msg)
        except Exception as e:
            try:
                c.send(('#TRACEBACK', _format_exc(e)))
            except Exception:
                pass

    def handle_request(self, conn):
        # managers.py Server.handle_request: serve_client ends with
        # sys.exit(0) at EOF; the connection is closed either way.
        try:
            self._handle_request(conn)
        except SystemExit:
            pass
        finally:
            conn.close()

    def serve_client(self, conn):
        # managers.py Server.serve_client: the requests of one proxy
        # connection (one process and thread), until EOF.
        while not self.stop_event.is_set():
            methodname = obj = None
            try:
                request = conn.recv()
            except EOFError:
                sys.exit(0)
            try:
                ident, methodname, args, kwds = request
                if ident in self.id_to_obj:
                    obj, exposed, gettypeid = self.id_to_obj[ident]
                else:
                    obj, exposed, gettypeid = self.id_to_local_proxy_obj[ident]
                if methodname not in exposed:
                    msg = self._fallback(conn, ident, obj, methodname, exposed)
                else:
                    try:
                        res = _call_referent(obj, methodname, args, kwds)
                    except Exception as e:
                        msg = ('#ERROR', e)
                    else:
                        typeid = gettypeid and gettypeid.get(methodname, None)
                        if typeid:
                            rident, rexposed = self.create(conn, typeid, res)
                            token = Token(typeid, self.address, rident)
                            msg = ('#PROXY', (rexposed, token))
                        else:
                            msg = ('#RETURN', res)
            except Exception as e:
                msg = ('#TRACEBACK', _format_exc(e))
            try:
                try:
                    conn.send(msg)
                except Exception as e:
                    conn.send(('#UNSERIALIZABLE', _format_exc(e)))
            except Exception:
                conn.close()
                sys.exit(1)

    def _fallback(self, conn, ident, obj, methodname, exposed):
        # managers.py Server.serve_client's AttributeError branch with
        # fallback_mapping: __str__, __repr__ and #GETVALUE work on any
        # referent; another method not exposed is a remote AttributeError.
        try:
            if methodname == '__str__':
                return ('#RETURN', str(obj))
            if methodname == '__repr__':
                return ('#RETURN', repr(obj))
            if methodname == '#GETVALUE':
                return ('#RETURN', obj)
            raise AttributeError(
                'method %r of %r object is not in exposed=%r' %
                (methodname, type(obj), exposed))
        except Exception as e:
            return ('#TRACEBACK', _format_exc(e))

    def dummy(self, c):
        pass

    def number_of_objects(self, c):
        # managers.py Server.number_of_objects
        return len(self.id_to_refcount)

    def debug_info(self, c):
        # managers.py Server.debug_info: the live objects and refcounts.
        with self.mutex:
            result = []
            keys = list(self.id_to_refcount.keys())
            keys.sort()
            for ident in keys:
                if ident != '0':
                    result.append('  %s:       refcount=%s\n    %s' %
                                  (ident, self.id_to_refcount[ident],
                                   str(self.id_to_obj[ident][0])[:75]))
            return '\n'.join(result)

    def shutdown(self, c):
        # managers.py Server.shutdown: reply first, then let the main
        # thread leave serve_forever.
        try:
            c.send(('#RETURN', None))
        finally:
            self.stop_event.set()

    def create(self, c, typeid, *args, **kwds):
        # managers.py Server.create: make the object, keep it under an id
        # from id() in hex, count one reference for the creator.
        with self.mutex:
            callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
            if callable is None:
                if kwds or (len(args) != 1):
                    raise ValueError(
                        "Without callable, must have one non-keyword argument")
                obj = args[0]
            else:
                obj = callable(*args, **kwds)
            if exposed is None:
                exposed = _public_methods(obj)
            if method_to_typeid is not None:
                exposed = list(exposed) + list(method_to_typeid)
            ident = '%x' % id(obj)
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
            if ident not in self.id_to_refcount:
                self.id_to_refcount[ident] = 0
        self.incref(c, ident)
        return ident, tuple(exposed)

    def get_methods(self, c, token):
        # managers.py Server.get_methods
        return tuple(self.id_to_obj[token.id][1])

    def accept_connection(self, c, name):
        # managers.py Server.accept_connection: this thread now serves the
        # proxy connection, named after the client process (and thread).
        threading.current_thread().name = name
        c.send(('#RETURN', None))
        self.serve_client(c)

    def incref(self, c, ident):
        # managers.py Server.incref
        with self.mutex:
            if ident in self.id_to_refcount:
                self.id_to_refcount[ident] += 1
            elif ident in self.id_to_local_proxy_obj:
                self.id_to_refcount[ident] = 1
                self.id_to_obj[ident] = self.id_to_local_proxy_obj[ident]
            else:
                raise KeyError(ident)

    def decref(self, c, ident):
        # managers.py Server.decref: the object goes at refcount 0.
        if ident not in self.id_to_refcount and \
                ident in self.id_to_local_proxy_obj:
            return
        with self.mutex:
            if self.id_to_refcount[ident] <= 0:
                raise AssertionError(
                    "Id {0!s} ({1!r}) has refcount {2:n}, not 1+".format(
                        ident, self.id_to_obj[ident],
                        self.id_to_refcount[ident]))
            self.id_to_refcount[ident] -= 1
            if self.id_to_refcount[ident] == 0:
                del self.id_to_refcount[ident]
                del self.id_to_obj[ident]


class State(object):
    # managers.py State: a manager's lifecycle.
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager(object):
    # managers.py BaseManager: start() the server process, create shared
    # objects in it through it, shut it down.
    _registry = {}
    _Server = Server

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None, shutdown_timeout=1.0):
        # managers.py BaseManager.__init__ (shutdown_timeout from 3.11,
        # keyword-only there; the subset's is a plain parameter).
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = authkey
        self._state = State()
        self._state.value = State.INITIAL
        self._serializer = serializer
        self._ctx = ctx or context._default_context.get_context()
        self._shutdown_timeout = shutdown_timeout
        self._process = None

    def _check_initial(self):
        # the state checks of BaseManager.start and get_server
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise context.ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise context.ProcessError("Manager has shut down")
            else:
                raise context.ProcessError(
                    "Unknown state {!r}".format(self._state.value))

    def get_server(self):
        # managers.py BaseManager.get_server: a Server to run in this process.
        self._check_initial()
        return Server(self._registry, self._address,
                      self._authkey, self._serializer)

    def connect(self):
        # managers.py BaseManager.connect: use a server started elsewhere.
        conn = connection.Client(self._address, authkey=self._authkey)
        dispatch(conn, None, 'dummy')
        self._state.value = State.STARTED

    def start(self, initializer=None, initargs=()):
        # managers.py BaseManager.start: the server is a child process,
        # named after the class; its address comes back over a Pipe.
        self._check_initial()
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = connection.Pipe(duplex=False)
        self._process = self._ctx.Process(
            target=type(self)._run_server,
            args=(self._registry, self._address, self._authkey,
                  self._serializer, writer, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        writer.close()
        self._address = reader.recv()
        reader.close()
        self._state.value = State.STARTED
        self.shutdown = util.Finalize(
            self, type(self)._finalize_manager,
            args=(self._process, self._address, self._authkey, self._state,
                  self._shutdown_timeout),
            exitpriority=0)

    @classmethod
    def _run_server(cls, registry, address, authkey, serializer, writer,
                    initializer=None, initargs=()):
        # managers.py BaseManager._run_server: in the server process, which
        # ignores SIGINT (bpo-36368), reports its address and serves.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if initializer is not None:
            initializer(*initargs)
        server = cls._Server(registry, address, authkey, serializer)
        writer.send(server.address)
        writer.close()
        server.serve_forever()

    def _create(self, typeid, *args, **kwds):
        # managers.py BaseManager._create: (token, exposed).
        assert self._state.value == State.STARTED, 'server not yet started'
        conn = connection.Client(self._address, authkey=self._authkey)
        try:
            id, exposed = dispatch(conn, None, 'create', (typeid,) + args, kwds)
        finally:
            conn.close()
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        # managers.py BaseManager.join
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _debug_info(self):
        # managers.py BaseManager._debug_info
        conn = connection.Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'debug_info')
        finally:
            conn.close()

    def _number_of_objects(self):
        # managers.py BaseManager._number_of_objects
        conn = connection.Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'number_of_objects')
        finally:
            conn.close()

    def __enter__(self):
        # managers.py BaseManager.__enter__: starts the server if needed.
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            if self._state.value == State.INITIAL:
                raise context.ProcessError("Unable to start server")
            elif self._state.value == State.SHUTDOWN:
                raise context.ProcessError("Manager has shut down")
            else:
                raise context.ProcessError(
                    "Unknown state {!r}".format(self._state.value))
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @staticmethod
    def _finalize_manager(process, address, authkey, state, shutdown_timeout):
        # managers.py BaseManager._finalize_manager: ask the server to shut
        # down, join it (this reaps it), terminate it if it lingers. Up to
        # 3.10: join(1.0), terminate, join(0.1); from 3.11 shutdown_timeout
        # for both joins, then kill() and a last join.
        if process.is_alive():
            try:
                conn = connection.Client(address, authkey=authkey)
                try:
                    dispatch(conn, None, 'shutdown')
                finally:
                    conn.close()
            except Exception:
                pass
            if _VERSION < (3, 11):
                process.join(timeout=1.0)
            else:
                process.join(timeout=shutdown_timeout)
            if process.is_alive():
                if hasattr(process, 'terminate'):
                    process.terminate()
                    if _VERSION < (3, 11):
                        process.join(timeout=0.1)
                    else:
                        process.join(timeout=shutdown_timeout)
                        if process.is_alive():
                            process.kill()
                            process.join()
        state.value = State.SHUTDOWN
        if address in BaseProxy._address_to_local:
            del BaseProxy._address_to_local[address]

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        # managers.py BaseManager.register: a typeid in the class's own
        # registry and, unless create_method is false, a method of that
        # name that creates the object in the server and returns its proxy.
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or \
            getattr(proxytype, '_method_to_typeid_', None)
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                # managers.py BaseManager.register's temp: create, wrap,
                # give back the creation's reference.
                token, exp = self._create(typeid, *args, **kwds)
                proxy = proxytype(token, self._serializer, manager=self,
                                  authkey=self._authkey, exposed=exp)
                conn = connection.Client(token.address, authkey=self._authkey)
                dispatch(conn, None, 'decref', (token.id,))
                return proxy
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class BaseProxy(object):
    # managers.py BaseProxy: a shared object's stand-in. Its method calls
    # go over one connection per process and thread (CPython keeps it in a
    # ForkAwareLocal; here a dict keyed by pid and thread, so a forked
    # child connects anew).
    _address_to_local = {}

    def __init__(self, token, serializer, manager=None,
                 authkey=None, exposed=None, incref=True, manager_owned=False):
        # managers.py BaseProxy.__init__ (manager_owned from 3.9)
        if token.address not in BaseProxy._address_to_local:
            BaseProxy._address_to_local[token.address] = ({}, set())
        self._tls, self._idset = BaseProxy._address_to_local[token.address]
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._owned_by_manager = manager_owned
        if authkey is not None:
            self._authkey = authkey
        elif manager is not None:
            self._authkey = manager._authkey
        else:
            self._authkey = process.current_process().authkey
        if incref:
            self._incref()
        util.register_after_fork(self, BaseProxy._after_fork)

    def _connect(self):
        # managers.py BaseProxy._connect: a connection served by its own
        # thread in the server, named after this process (and thread).
        name = process.current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        conn = connection.Client(self._token.address, authkey=self._authkey)
        dispatch(conn, None, 'accept_connection', (name,))
        self._tls[(os.getpid(), threading.get_ident())] = conn

    def _callmethod(self, methodname, args=(), kwds={}):
        # managers.py BaseProxy._callmethod: the referent's method runs in
        # the server; the reply is a value, an exception, or a new proxy.
        key = (os.getpid(), threading.get_ident())
        if key not in self._tls:
            self._connect()
        conn = self._tls[key]
        conn.send((self._id, methodname, args, kwds))
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        elif kind == '#PROXY':
            exposed, token = result
            proxytype = self._manager._registry[token.typeid][-1]
            token.address = self._token.address
            proxy = proxytype(token, self._serializer, manager=self._manager,
                              authkey=self._authkey, exposed=exposed)
            conn = connection.Client(token.address, authkey=self._authkey)
            dispatch(conn, None, 'decref', (token.id,))
            return proxy
        raise convert_to_error(kind, result)

    def _getvalue(self):
        # managers.py BaseProxy._getvalue: a copy of the referent.
        return self._callmethod('#GETVALUE')

    def _incref(self):
        # managers.py BaseProxy._incref: one more reference in the server,
        # given back by a Finalize (exitpriority 10, so before the
        # manager's own at exit).
        if self._owned_by_manager:
            return
        conn = connection.Client(self._token.address, authkey=self._authkey)
        dispatch(conn, None, 'incref', (self._id,))
        self._idset.add(self._id)
        state = self._manager and self._manager._state
        self._close = util.Finalize(
            self, BaseProxy._decref,
            args=(self._token, self._authkey, state, self._tls, self._idset),
            exitpriority=10)

    @staticmethod
    def _decref(token, authkey, state, tls, idset):
        # managers.py BaseProxy._decref: while the manager runs (or when it
        # is not this process's), tell the server; close this process's
        # connection once no proxy of the address is left.
        idset.discard(token.id)
        if state is None or state.value == State.STARTED:
            try:
                conn = connection.Client(token.address, authkey=authkey)
                dispatch(conn, None, 'decref', (token.id,))
            except Exception:
                pass
        key = (os.getpid(), threading.get_ident())
        if not idset and key in tls:
            tls.pop(key).close()

    def _after_fork(self):
        # managers.py BaseProxy._after_fork: in a forked child the proxy
        # takes a reference of its own.
        self._manager = None
        try:
            self._incref()
        except Exception:
            pass

    def __getstate__(self):
        # managers.py BaseProxy.__reduce__ with RebuildProxy: what a proxy
        # pickles to (the authkey only while spawning a process).
        state = {'token': self._token, 'serializer': self._serializer,
                 'type': type(self), 'exposed': getattr(self, '_exposed_', None)}
        if context.get_spawning_popen() is not None:
            state['authkey'] = self._authkey
        return state

    def __setstate__(self, state):
        # managers.py RebuildProxy: in the server itself the referent is
        # used; elsewhere a new proxy with a reference of its own (not
        # while a spawn child unpickles its Process: _after_fork does it).
        token = state['token']
        server = getattr(process.current_process(), '_manager_server', None)
        owned = False
        if server and server.address == token.address:
            owned = True
            if token.id not in server.id_to_local_proxy_obj:
                server.id_to_local_proxy_obj[token.id] = server.id_to_obj[token.id]
        incref = not getattr(process.current_process(), '_inheriting', False)
        if state['exposed'] is not None:
            self._exposed_ = state['exposed']
        BaseProxy.__init__(self, token, state['serializer'],
                           authkey=state.get('authkey'), incref=incref,
                           manager_owned=owned)

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        # managers.py BaseProxy.__str__: the referent's repr.
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


class AutoProxy(BaseProxy):
    # managers.py AutoProxy with MakeProxyType('AutoProxy[typeid]', ...):
    # the exposed methods (asked of the server if not known) forward to
    # the referent.

    def __init__(self, token, serializer, manager=None, authkey=None,
                 exposed=None, incref=True, manager_owned=False):
        # managers.py AutoProxy
        if exposed is None:
            conn = connection.Client(token.address, authkey=authkey)
            try:
                exposed = dispatch(conn, None, 'get_methods', (token,))
            finally:
                conn.close()
        self._exposed_ = tuple(exposed)
        self._isauto = True
        BaseProxy.__init__(self, token, serializer, manager=manager,
                           authkey=authkey, incref=incref,
                           manager_owned=manager_owned)

    def __getattr__(self, name):
        # the methods MakeProxyType would have defined
        if name[0] == '_' or name not in self._exposed_:
            raise AttributeError("'AutoProxy[%s]' object has no attribute '%s'"
                                 % (self._token.typeid, name))
        return _ExposedMethod(self, name)

    def __repr__(self):
        return '<AutoProxy[%s] object, typeid %r at %#x>' % \
               (self._token.typeid, self._token.typeid, id(self))


class _ExposedMethod(object):
    # One method of an AutoProxy (MakeProxyType's generated function).
    def __init__(self, proxy, name):
        self._proxy = proxy
        self._name = name

    def __call__(self, *args, **kwds):
        return self._proxy._callmethod(self._name, args, kwds)


class IteratorProxy(BaseProxy):
    # managers.py IteratorProxy: a generator or iterator in the server.
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    # managers.py AcquirerProxy: a Lock, RLock or Semaphore in the server.
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    # managers.py ConditionProxy (wait_for is left out).
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')


class EventProxy(BaseProxy):
    # managers.py EventProxy
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class Namespace(object):
    # managers.py Namespace: attributes, shown sorted.
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        # managers.py Namespace.__repr__: public attributes, sorted.
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class NamespaceProxy(BaseProxy):
    # managers.py NamespaceProxy: attribute reads, writes and deletes go
    # to the server, except the proxy's own (_-prefixed) attributes.
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        # managers.py NamespaceProxy.__getattr__
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        # managers.py NamespaceProxy.__setattr__
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        # managers.py NamespaceProxy.__delattr__
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__delattr__', (key,))


class Value(object):
    # managers.py Value: a value with a typecode, unchecked.
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


class ValueProxy(BaseProxy):
    # managers.py ValueProxy
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class BaseListProxy(BaseProxy):
    # managers.py BaseListProxy = MakeProxyType('BaseListProxy', ...)
    _exposed_ = ('__add__', '__contains__', '__delitem__', '__getitem__',
                 '__len__', '__mul__', '__reversed__', '__rmul__',
                 '__setitem__', 'append', 'count', 'extend', 'index',
                 'insert', 'pop', 'remove', 'reverse', 'sort', '__imul__')

    def __add__(self, *args, **kwds):
        return self._callmethod('__add__', args, kwds)

    def __contains__(self, *args, **kwds):
        return self._callmethod('__contains__', args, kwds)

    def __delitem__(self, *args, **kwds):
        return self._callmethod('__delitem__', args, kwds)

    def __getitem__(self, *args, **kwds):
        return self._callmethod('__getitem__', args, kwds)

    def __len__(self, *args, **kwds):
        return self._callmethod('__len__', args, kwds)

    def __mul__(self, *args, **kwds):
        return self._callmethod('__mul__', args, kwds)

    def __rmul__(self, *args, **kwds):
        return self._callmethod('__rmul__', args, kwds)

    def __setitem__(self, *args, **kwds):
        return self._callmethod('__setitem__', args, kwds)

    def append(self, *args, **kwds):
        return self._callmethod('append', args, kwds)

    def count(self, *args, **kwds):
        return self._callmethod('count', args, kwds)

    def extend(self, *args, **kwds):
        return self._callmethod('extend', args, kwds)

    def index(self, *args, **kwds):
        return self._callmethod('index', args, kwds)

    def insert(self, *args, **kwds):
        return self._callmethod('insert', args, kwds)

    def pop(self, *args, **kwds):
        return self._callmethod('pop', args, kwds)

    def remove(self, *args, **kwds):
        return self._callmethod('remove', args, kwds)

    def reverse(self, *args, **kwds):
        return self._callmethod('reverse', args, kwds)

    def sort(self, *args, **kwds):
        return self._callmethod('sort', args, kwds)


class ListProxy(BaseListProxy):
    # managers.py ListProxy: += and *= change the referent in place.
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


class DictProxy(BaseProxy):
    # managers.py DictProxy = MakeProxyType('DictProxy', ...), __iter__
    # giving an Iterator proxy (_method_to_typeid_).
    _exposed_ = ('__contains__', '__delitem__', '__getitem__', '__iter__',
                 '__len__', '__setitem__', 'clear', 'copy', 'get', 'items',
                 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values')
    _method_to_typeid_ = {'__iter__': 'Iterator'}

    def __contains__(self, *args, **kwds):
        return self._callmethod('__contains__', args, kwds)

    def __delitem__(self, *args, **kwds):
        return self._callmethod('__delitem__', args, kwds)

    def __getitem__(self, *args, **kwds):
        return self._callmethod('__getitem__', args, kwds)

    def __iter__(self, *args, **kwds):
        return self._callmethod('__iter__', args, kwds)

    def __len__(self, *args, **kwds):
        return self._callmethod('__len__', args, kwds)

    def __setitem__(self, *args, **kwds):
        return self._callmethod('__setitem__', args, kwds)

    def clear(self, *args, **kwds):
        return self._callmethod('clear', args, kwds)

    def copy(self, *args, **kwds):
        return self._callmethod('copy', args, kwds)

    def get(self, *args, **kwds):
        return self._callmethod('get', args, kwds)

    def items(self, *args, **kwds):
        return self._callmethod('items', args, kwds)

    def keys(self, *args, **kwds):
        return self._callmethod('keys', args, kwds)

    def pop(self, *args, **kwds):
        return self._callmethod('pop', args, kwds)

    def popitem(self, *args, **kwds):
        return self._callmethod('popitem', args, kwds)

    def setdefault(self, *args, **kwds):
        return self._callmethod('setdefault', args, kwds)

    def update(self, *args, **kwds):
        return self._callmethod('update', args, kwds)

    def values(self, *args, **kwds):
        return self._callmethod('values', args, kwds)


class SyncManager(BaseManager):
    # managers.py SyncManager: BaseManager with the usual types registered
    # (Pool, Array and Barrier are refused: not modelled).
    _registry = {}

    def Pool(self, *args, **kwds):
        raise NotImplementedError('the simulator does not model SyncManager.Pool()')

    def Array(self, *args, **kwds):
        raise NotImplementedError('the simulator does not model SyncManager.Array()')

    def Barrier(self, *args, **kwds):
        raise NotImplementedError('the simulator does not model SyncManager.Barrier()')


def _make_list(*args):
    # The server's list(sequence): the pickle stand-in cannot carry a range
    # or a generator, which CPython pickles by value; the proxy's side
    # sends a list (SyncManager.list below).
    return list(*args)


SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore,
                     AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('list', _make_list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)


def _list_method(self, *args):
    # SyncManager.list, as register() makes it, with the sequence sent as
    # a list (see _make_list).
    token, exp = self._create('list', *[list(a) for a in args])
    proxy = ListProxy(token, self._serializer, manager=self,
                      authkey=self._authkey, exposed=exp)
    conn = connection.Client(token.address, authkey=self._authkey)
    dispatch(conn, None, 'decref', (token.id,))
    return proxy


SyncManager.list = _list_method
