# error_callback receives the exception of a failed task.
from multiprocessing import Pool

errors = []


def risky(x):
    if x % 2:
        raise RuntimeError('odd %d' % x)
    return x


def on_error(exc):
    errors.append(str(exc))


if __name__ == '__main__':
    with Pool(2) as pool:
        rs = [pool.apply_async(risky, (i,), error_callback=on_error) for i in range(5)]
        for r in rs:
            r.wait()
        print([r.successful() for r in rs])
    print(sorted(errors))
