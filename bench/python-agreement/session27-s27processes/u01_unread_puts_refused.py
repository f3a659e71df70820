"""Refused: a child puts 100 items of 1,000 characters that nobody takes; its exit waits for its
feeder thread, which blocks on the full pipe, so CPython hangs at the join (and would at the main
process's exit without it)."""
from multiprocessing import Process, Queue


def produce(q):
    for _ in range(100):
        q.put("x" * 1000)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    p.join()
    print("joined")
