# Tasks with their own __eq__/__hash__ deduplicated in a set before
# forking one worker per distinct task.
import os


class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio

    def __eq__(self, other):
        return isinstance(other, Task) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Task({self.name!r})"


class Unhashable:
    def __eq__(self, other):
        return True


queue = [Task("build", 1), Task("test", 2), Task("build", 3), Task("lint", 1)]
distinct = set(queue)
print(len(distinct), Task("test", 9) in distinct)
by_name = {t: t.prio for t in queue}
print(sorted((t.name, p) for t, p in by_name.items()))
for task in sorted(distinct, key=lambda t: t.name):
    if os.fork() == 0:
        os._exit(len(task.name))
codes = set()
for _ in distinct:
    _, status = os.wait()
    codes.add(os.WEXITSTATUS(status))
print("exit codes:", codes)
print(hash("build") == hash(Task("build", 0)), hash((1, 2)), hash(-1), hash(2**61))
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
