# Records as namedtuples, the way tutorials use them: parsed from text,
# sorted and grouped, checked with isinstance, formatted with %, sent to
# worker processes and back through a Pool, and dumped as JSON.
import json
import multiprocessing as mp
from collections import namedtuple, defaultdict

Job = namedtuple('Job', 'name cpu mem')
Result = namedtuple('Result', ['job', 'score', 'worker'], defaults=[None])

RAW = """build 4 512
test 2 256
lint 1 64
deploy 2 1024"""


def parse(text):
    jobs = []
    for line in text.splitlines():
        name, cpu, mem = line.split()
        jobs.append(Job(name, int(cpu), int(mem)))
    return jobs


def score(job):
    return Result(job, job.cpu * 10 + job.mem // 64)


class Slot(namedtuple('Slot', 'start end')):
    __slots__ = ()

    @property
    def length(self):
        return self.end - self.start

    def __str__(self):
        return '[%d..%d)' % self


if __name__ == '__main__':
    jobs = parse(RAW)
    print(jobs[0], isinstance(jobs[0], tuple), len(jobs[0]), jobs[0][1])
    print('%-6s cpu=%d mem=%d' % jobs[1])
    by_cpu = defaultdict(list)
    for j in sorted(jobs, key=lambda j: (-j.cpu, j.name)):
        by_cpu[j.cpu].append(j.name)
    print(dict(by_cpu))
    with mp.Pool(2) as pool:
        results = pool.map(score, jobs)
    for r in results:
        print(r.job.name, r.score, type(r).__name__, r.worker)
    best = max(results, key=lambda r: r.score)
    print('best:', best.job._replace(mem=0), best._asdict()['score'])
    print(json.dumps([r.job for r in results]))
    s = Slot(3, 10)
    print(s, repr(s), s.length, s._fields, Slot._make([1, 2]), isinstance(s, Slot))
    name, cpu, mem = jobs[-1]
    print(name, cpu + mem, Job._fields, Job(*'abc'), Job('x', 1, 2) == ('x', 1, 2))
    try:
        jobs[0].cpu = 8
    except AttributeError as e:
        print('AttributeError:', e)
