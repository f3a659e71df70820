"""A joined child filled the queue; two threads of the parent take with get_nowait(): one may raise queue.Empty while the other holds the queue's read lock (refused)."""
import multiprocessing
import queue
import threading

taken = []


def fill(q):
    for n in range(4):
        q.put(n)


def take(q):
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            return
        taken.append(item)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=fill, args=(q,))
    p.start()
    p.join()
    readers = [threading.Thread(target=take, args=(q,)) for _ in range(2)]
    for t in readers:
        t.start()
    for t in readers:
        t.join()
    print(len(taken))
