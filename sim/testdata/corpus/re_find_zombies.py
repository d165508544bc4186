# Finding zombies from Python instead of a shell pipeline: parse ps's
# output with re (named groups, re.M, finditer), then the same from
# /proc/PID/stat with one regular expression per file, as monitoring
# scripts do. Limited to this program's own children.
import os, re, subprocess, time

kids = []
for i in range(4):
    pid = os.fork()
    if pid == 0:
        if i % 2:
            time.sleep(30)
        os._exit(i)
    kids.append(pid)
for pid in kids[0::2]:
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep

out = subprocess.run(['ps', '-o', 'pid,ppid,stat,comm', '--ppid', str(os.getpid())],
                     capture_output=True, text=True).stdout
row = re.compile(r'^\s*(?P<pid>\d+)\s+(?P<ppid>\d+)\s+(?P<stat>[A-Z][a-z<+]*)\s+(?P<comm>.+)$', re.M)
header = out.splitlines()[0]
print('header:', re.sub(r'\s+', ' ', header.strip()))
mine = [m.groupdict() for m in row.finditer(out) if int(m.group('pid')) in kids]
print('children listed:', len(mine))
for m in sorted(mine, key=lambda d: kids.index(int(d['pid']))):
    # A sleeper is S, or R just after its fork on a busy machine: only a
    # zombie's letter is certain.
    print(kids.index(int(m['pid'])), 'zombie' if re.match(r'Z', m['stat']) else 'alive',
          bool(re.fullmatch(r'python3(\.\d+)?', m['comm'])))

stat_line = re.compile(r'^(\d+) \((.*)\) (\S) (\d+)')
for pid in kids:
    with open('/proc/%d/stat' % pid) as f:
        m = stat_line.match(f.read())
    print(kids.index(pid), 'zombie' if m.group(3) == 'Z' else 'alive', 'parent is me:', int(m.group(4)) == os.getpid(),
          'comm', re.sub(r'\.\d+$', '', m.group(2)))

for pid in kids:
    if pid in [int(d['pid']) for d in mine if d['stat'].startswith('S')]:
        os.kill(pid, 9)
    os.waitpid(pid, 0)
left = subprocess.run(['ps', '-o', 'stat=', '--ppid', str(os.getpid())], capture_output=True, text=True).stdout
print('zombies left:', len(re.findall(r'^Z', left, re.M)))
