# Workers pack fixed-size binary records (struct) and send them through a
# multiprocessing queue; the parent unpacks them. A Struct object itself
# cannot be pickled (a spawn child cannot receive one), so only bytes cross.
import multiprocessing as mp
import struct

RECORD = struct.Struct("<HhqIf?")


def work(q, worker):
    for i in range(3):
        q.put(RECORD.pack(worker, -i, 2**40 + i, 4000000000, i / 4, i % 2 == 0))
    q.put(None)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    try:
        p = ctx.Process(target=print, args=(RECORD,))
        p.start()
        p.join()
    except TypeError as e:
        print("TypeError:", e)
    q = mp.Queue()
    procs = [mp.Process(target=work, args=(q, n)) for n in range(2)]
    for p in procs:
        p.start()
    records, done = [], 0
    while done < len(procs):
        item = q.get()
        if item is None:
            done += 1
        else:
            records.append(RECORD.unpack(item))
    for p in procs:
        p.join()
    for rec in sorted(records):
        print(rec)
    print(len(records), "records of", RECORD.size, "bytes")
