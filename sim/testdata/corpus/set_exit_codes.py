# Collect the exit codes of forked workers in a set and print it: CPython
# prints a set in hash-table order, not in the order the codes arrived.
import os

codes = [30, 17, 2, 11, 5, 17, 2]
pids = []
for code in codes:
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    pids.append(pid)

seen = set()
for pid in pids:
    _, status = os.waitpid(pid, 0)
    seen.add(os.WEXITSTATUS(status))
print("distinct exit codes:", seen)
print("as a display:", {30, 17, 2, 11, 5})
print("sorted:", sorted(seen), "count:", len(seen))
failed = {c for c in seen if c != 0}
print("failed:", failed, "frozen:", frozenset(failed) == failed)
print("odd ones:", seen - {2, 30}, "union:", seen | {0, 64})
