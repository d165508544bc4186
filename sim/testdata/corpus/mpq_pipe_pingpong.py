# Ping-pong over a duplex Pipe.
from multiprocessing import Process, Pipe

def pong(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            break
        conn.send(msg + 1)
    conn.close()

if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=pong, args=(child,))
    p.start()
    n = 0
    for _ in range(5):
        parent.send(n)
        n = parent.recv()
        print("got", n)
    parent.send("stop")
    p.join()
    print("done", p.exitcode)
