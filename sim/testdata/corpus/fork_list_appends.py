# After fork each process sees its own list: the parent appends, extends,
# pops and overwrites while a child that forked earlier reads its copy,
# appends to it and forks again.
import os

data = [1, 2, 3]
for rnd in range(3):
    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(go_w)
        os.read(go_r, 1)  # the parent has changed its list by now
        print("child", rnd, data, len(data), flush=True)
        data.append("c")
        data[0] = "c0"
        print("child after", rnd, data, flush=True)
        if rnd == 2:
            pid2 = os.fork()
            if pid2 == 0:
                data.append("g")
                data.extend(["h"])
                print("grandchild", data, flush=True)
                os._exit(0)
            os.waitpid(pid2, 0)
            print("child after grandchild", data, flush=True)
        os._exit(0)
    os.close(go_r)
    data.append(rnd * 10)
    data.append(rnd * 10 + 1)
    if rnd == 0:
        data.extend([7])
        data += [8]
    if rnd == 1:
        data.pop()
        data.pop()
        data.pop()
        data.append("p")
    if rnd == 2:
        data[1] = "x"
    os.write(go_w, b"g")
    os.waitpid(pid, 0)
    os.close(go_w)
    print("parent", rnd, data, flush=True)

# A list that keeps growing while many children hold older lengths of it.
pids = []
for i in range(20):
    pid = os.fork()
    if pid == 0:
        os._exit(len(pids))
    pids.append(pid)
codes = [os.waitpid(p, 0)[1] >> 8 for p in pids]
print("lengths seen by the children:", codes == list(range(20)))
