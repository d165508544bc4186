# add_done_callback runs when the future completes.
from concurrent.futures import ProcessPoolExecutor

seen = []


def triple(x):
    return 3 * x


def report(fut):
    seen.append(fut.result())


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        for i in range(4):
            ex.submit(triple, i).add_done_callback(report)
    print(sorted(seen))
