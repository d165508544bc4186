# An exception in a worker process comes back through the future.
from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        good = ex.submit(parse, '42')
        bad = ex.submit(parse, 'forty-two')
        print(good.result())
        try:
            bad.result()
        except ValueError as e:
            print('worker failed:', e)
        print(type(bad.exception()).__name__)
        bad.result()
