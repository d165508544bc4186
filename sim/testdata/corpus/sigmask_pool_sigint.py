# Block SIGINT while a Pool starts its workers, so that a Ctrl-C reaches
# only the parent; the workers inherit the mask.
import multiprocessing as mp
import signal


def blocked_in_worker(_):
    return sorted(signal.pthread_sigmask(signal.SIG_BLOCK, []))


if __name__ == "__main__":
    mp.set_start_method("fork")
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    with mp.Pool(2) as pool:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        print("parent blocks:", signal.pthread_sigmask(signal.SIG_BLOCK, []))
        for masks in pool.map(blocked_in_worker, range(2)):
            print("worker blocks:", [s.name for s in masks])
