# re on long strings: sre matches in C with its own stack, so repeats of
# groups over thousands of characters neither hit the recursion limit nor
# take a line each; a 2,000-line log parsed with named groups.
import re

print(bool(re.fullmatch(r'(?:ab)+', 'ab' * 5000)))
print(len(re.findall(r'(\w+\s?)+', 'word ' * 3000)))
print(re.match(r'(a|b)*c', 'ab' * 4000 + 'c').span(), re.match(r'(a|b)*?c', 'ab' * 4000 + 'c').group(1))
print(re.search(r'(x+x+)+y', 'x' * 20 + 'y').span())
log = '\n'.join('2024-01-%02d 12:%02d:%02d pid=%d ppid=%d state=%s' % (i % 28 + 1, i % 60, i % 7, 1000 + i, 1 if i % 5 else 999,
                                                                    'Z' if i % 9 == 0 else 'S') for i in range(2000))
line = re.compile(r'^(?P<date>\S+) (?P<time>[\d:]+) pid=(?P<pid>\d+) ppid=(?P<ppid>\d+) state=(?P<state>[A-Z])$', re.M)
zombies = [m.groupdict() for m in line.finditer(log) if m.group('state') == 'Z']
print(len(zombies), zombies[0], zombies[-1]['pid'])
parents = {}
for z in zombies:
    parents[z['ppid']] = parents.get(z['ppid'], 0) + 1
print(sorted(parents.items()))
print(len(re.split(r'\n', log)), re.subn(r'state=Z', 'state=zombie', log)[1])
print(re.sub(r'pid=(\d+)', lambda m: 'pid=%06d' % int(m.group(1)), log[:60]))
