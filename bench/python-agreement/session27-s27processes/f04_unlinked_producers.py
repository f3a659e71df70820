"""Imports: two producers put into one results queue and share nothing else; their puts are not
ordered, so weft explores both orders, as CPython's feeders may give."""
from multiprocessing import Process, Queue


def produce(q, n):
    q.put(n * n)


if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=produce, args=(q, n)) for n in (2, 3)]
    for p in procs:
        p.start()
    first = q.get()
    second = q.get()
    for p in procs:
        p.join()
    print(first, second)
