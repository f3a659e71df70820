"""A multiprocessing.Lock held by the parent: the child's acquire(timeout=0.05) gives up and says so."""
import multiprocessing


def child(lock, results):
    got = lock.acquire(timeout=0.05)
    results.put(1 if got else 0)
    if got:
        lock.release()


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    results = multiprocessing.Queue()
    lock.acquire()
    p = multiprocessing.Process(target=child, args=(lock, results))
    p.start()
    got = results.get()
    lock.release()
    p.join()
    print(got)
