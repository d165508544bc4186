# A one-way Pipe: the child writes, the parent reads until EOF.
import multiprocessing as mp

def writer(w, r):
    r.close()
    for word in ["alpha", "beta", "gamma"]:
        w.send(word)
    w.close()

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=writer, args=(w, r))
    p.start()
    w.close()
    words = []
    while True:
        try:
            words.append(r.recv())
        except EOFError:
            break
    p.join()
    print(words)
