# A child puts its result, then raises: the item still reaches the parent; exitcode 1.
import multiprocessing


def producer(q, n):
    q.put(n * n)
    if n > 2:
        raise RuntimeError("too big")


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q, 3))
    p.start()
    got = q.get()
    p.join()
    code = p.exitcode
