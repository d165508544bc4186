# cancel_join_thread(): the child exits even though its data never left the
# buffer (the exit-time join of the feeder thread is dropped; the data is lost).
import multiprocessing as mp


def producer(q):
    q.put("z" * 200000)
    q.cancel_join_thread()


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    p.join(timeout=10)
    print("child exited:", not p.is_alive(), "exitcode:", p.exitcode)
