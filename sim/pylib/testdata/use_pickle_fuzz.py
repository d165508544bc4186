# pickle.loads of 300 damaged pickles (seeded mutations of protocols 0-5):
# what each one gives, as the C unpickler words it in each version.
import pickle, random
random.seed(7)
base = [pickle.dumps(v, p) for v in ([1, 'a', (2, 3)], {'k': {1, 2}}, 'x' * 5, 10**20, 1.5, None) for p in (0, 2, 4, 5)]
seen = {}
for i in range(300):
    b = bytearray(random.choice(base))
    for _ in range(random.randint(1, 3)):
        op = random.random()
        pos = random.randrange(len(b))
        if op < 0.5:
            b[pos] = random.randrange(256)
        elif op < 0.75:
            del b[pos]
        else:
            b[pos:pos] = bytes([random.randrange(256)])
    try:
        r = pickle.loads(bytes(b))
        out = 'ok ' + repr(r)[:40]
    except Exception as e:
        out = type(e).__name__ + ' ' + str(e)[:60]
    print(i, out)
