"""The same join-before-get with 10 small items: they fit in the pipe, so the child exits and join() returns."""
import multiprocessing


def produce(q):
    for n in range(10):
        q.put(n)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    total = 0
    for _ in range(10):
        total += q.get()
    print(total)
