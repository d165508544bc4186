# The library with os.fork: children count words and send JSON through
# pipes; the parent merges the Counters, orders jobs with heapq and prints
# a wrapped report.
import os
import json
import heapq
import textwrap
from collections import Counter, defaultdict, namedtuple

Job = namedtuple('Job', 'priority name text')
jobs = [Job(2, 'beta', 'the zombie waits for the parent to wait'),
        Job(1, 'alpha', 'fork returns twice once in the parent once in the child'),
        Job(3, 'gamma', 'the parent reaps the child and the zombie is gone')]
queue = []
for job in jobs:
    heapq.heappush(queue, (job.priority, job.name, job))
readers = {}
order = []
while queue:
    _, name, job = heapq.heappop(queue)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        counts = Counter(job.text.split())
        payload = json.dumps({'job': job.name, 'top': counts.most_common(2), 'words': len(job.text.split())})
        os.write(w, payload.encode())
        os.close(w)
        os._exit(0)
    os.close(w)
    readers[pid] = r
    order.append(pid)
merged = Counter()
by_len = defaultdict(list)
for pid in order:
    data = b''
    while True:
        chunk = os.read(readers[pid], 1024)
        if not chunk:
            break
        data += chunk
    os.close(readers[pid])
    _, status = os.waitpid(pid, 0)
    result = json.loads(data.decode())
    merged.update({word: n for word, n in result['top']})
    by_len[result['words']].append(result['job'])
    print(result['job'], result['top'], 'exit', os.WEXITSTATUS(status))
print(merged.most_common(3))
print(dict(sorted(by_len.items())))
print(textwrap.fill('Merged counts: ' + json.dumps(dict(merged.items()), sort_keys=True), width=40))
