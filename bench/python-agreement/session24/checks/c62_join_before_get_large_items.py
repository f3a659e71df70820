"""The multiprocessing docs' "joining processes that use queues": a child that put more than the pipe holds
cannot exit until the items are taken, so join() before get() hangs."""
import multiprocessing

CHUNK = "x" * 1000


def produce(q):
    for _ in range(100):
        q.put(CHUNK)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    received = 0
    for _ in range(100):
        q.get()
        received += 1
    print(received)
