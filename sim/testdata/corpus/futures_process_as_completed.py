# ProcessPoolExecutor.submit with as_completed; sorted for a stable print.
import concurrent.futures
import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(math.sqrt(n)) + 1):
        if n % d == 0:
            return False
    return True


if __name__ == '__main__':
    numbers = [97, 100, 101, 221, 223, 1009]
    with concurrent.futures.ProcessPoolExecutor(max_workers=3) as executor:
        futures = {executor.submit(is_prime, n): n for n in numbers}
        found = []
        for future in concurrent.futures.as_completed(futures):
            found.append((futures[future], future.result()))
    for n, prime in sorted(found):
        print('%d is prime: %s' % (n, prime))
