# with statements, one item and several, with and without targets.
with open(p) as f, lock:
    pass
with (a as b, c as d):
    pass
with (yield_ctx()) as (x, *rest):
    x.y = 1
with a, b as c[0], d as e.f:
    with g(
        1,
    ) as h:
        pass
