# Block SIGINT, then start workers with "spawn": the first start launches
# multiprocessing's resource tracker, which blocks SIGINT and SIGTERM around
# its launch and then unblocks them, so the parent's own block is gone and
# the workers start with nothing blocked (bpo-33613's side effect).
import multiprocessing as mp
import signal


def blocked_in_worker(_):
    return sorted(signal.pthread_sigmask(signal.SIG_BLOCK, []))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    print("before the pool:", signal.pthread_sigmask(signal.SIG_BLOCK, []))
    with mp.Pool(2) as pool:
        print("after it started:", signal.pthread_sigmask(signal.SIG_BLOCK, []))
        print("workers block:", pool.map(blocked_in_worker, range(2)))
