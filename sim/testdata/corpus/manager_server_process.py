# The manager's server is a child process of its own: named SyncManager-1,
# listed by active_children() while it runs, reaped by shutdown().
import os
import multiprocessing as mp


if __name__ == '__main__':
    m = mp.Manager()
    kids = mp.active_children()
    print([p.name for p in kids])
    server = kids[0]
    print('server is my child:', server.pid != os.getpid(), server.is_alive())
    d = m.dict(a=1)
    print('dict in the server:', d.copy())
    m.shutdown()
    print('after shutdown:', mp.active_children(), server.exitcode)
    try:
        d['b'] = 2
    except Exception as e:
        print('proxy after shutdown:', type(e).__name__)
