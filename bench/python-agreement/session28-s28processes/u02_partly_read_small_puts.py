"""A process puts five small numbers; the main process takes two and joins it: the three left fit the
pipe, so the process exits and the join returns."""
import multiprocessing as mp

total = 0


def producer(q):
    for i in range(5):
        q.put(i)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    for _ in range(2):
        total += q.get()
    p.join()
