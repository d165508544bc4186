# A job runner as tutorials write one: job states as an Enum, tasks as
# abstract base classes, a singleton config through a metaclass, workers
# in a Pool and in Processes reporting states through a Queue (members
# are pickled and come back as the same members), then a summary keyed by
# state.
import multiprocessing as mp
from abc import ABC, abstractmethod
from collections import Counter
from enum import Enum, auto


class JobState(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def finished(self):
        return self in (JobState.DONE, JobState.FAILED)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.retries = 1
        print("config loaded")


class Task(ABC):
    def __init__(self, n):
        self.n = n

    @abstractmethod
    def run(self):
        ...

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.n)


class Square(Task):
    def run(self):
        return self.n * self.n


class Flaky(Task):
    def run(self):
        if self.n % 3 == 0:
            raise ValueError("bad input %d" % self.n)
        return -self.n


def execute(task):
    try:
        return task.n, JobState.DONE, task.run()
    except ValueError as e:
        return task.n, JobState.FAILED, str(e)


def watcher(q, n):
    for i in range(n):
        q.put((i, JobState.RUNNING if i % 2 else JobState.PENDING))
    q.put(None)


if __name__ == "__main__":
    assert Config() is Config()
    try:
        Task(1)
    except TypeError as e:
        print("refused:", e)
    tasks = [Square(i) for i in range(4)] + [Flaky(i) for i in range(1, 5)]
    with mp.Pool(2) as pool:
        results = pool.map(execute, tasks)
    counts = Counter(state for _, state, _ in results)
    for n, state, value in results:
        print(n, state.name, state.finished, value)
    print(sorted((s.name, c) for s, c in counts.items()))
    q = mp.Queue()
    p = mp.Process(target=watcher, args=(q, 4))
    p.start()
    seen = []
    while True:
        item = q.get()
        if item is None:
            break
        seen.append(item)
    p.join()
    print(seen, all(s in JobState for _, s in seen), p.exitcode)
    print(JobState(3), JobState["FAILED"].value, len(JobState), Config().retries)
