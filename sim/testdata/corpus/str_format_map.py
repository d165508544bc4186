# str.format_map: a template filled from a dict, from an object whose
# __getitem__ answers for missing keys, and its errors.
row = {"name": "init", "pid": 1, "state": "S", "cpu": 0.25}
print("{name:>8} pid={pid:<5} {state} {cpu:.1%}".format_map(row))
print("{0[name]}".format(row), "{name!r:^10}|".format_map(row))


class Defaults:
    def __init__(self, **known):
        self.known = known

    def __getitem__(self, key):
        return self.known.get(key, "<%s?>" % key)


print("{user} ran {cmd} as {pid}".format_map(Defaults(user="ann", pid=42)))
print("{a.real} {b[1]}".format_map({"a": 3, "b": "xyz"}))
for template, mapping in [("{}", {}), ("{0}", {"0": 1}), ("{missing}", {}), ("{a}", 5), ("{a}", [1])]:
    try:
        print(template.format_map(mapping))
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: "x".format_map(), lambda: "x".format_map({}, {}), lambda: "x".format_map(m={})]:
    try:
        call()
    except TypeError as e:
        print(e)
print("no fields at all".format_map(None))
