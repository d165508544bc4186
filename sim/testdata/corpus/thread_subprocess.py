# Threads that each run a command with subprocess and collect its output.
import subprocess
import threading

outputs = {}
lock = threading.Lock()


def run(word):
    out = subprocess.run(["echo", word], capture_output=True, text=True).stdout
    with lock:
        outputs[word] = out.strip()


threads = [threading.Thread(target=run, args=(w,)) for w in ["fork", "exec", "wait"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
for w in sorted(outputs):
    print(w, "->", outputs[w])
