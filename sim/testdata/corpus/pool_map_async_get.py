# map_async returns at once; get() waits for the whole list.
import multiprocessing as mp


def double(x):
    return 2 * x


if __name__ == '__main__':
    with mp.Pool(3) as pool:
        async_result = pool.map_async(double, range(7))
        print('ready?', async_result.ready() in (True, False))
        values = async_result.get(timeout=10)
        print(values, async_result.successful())
