"""Imports: a child puts three small items nobody takes; they fit the pipe, so its exit is not held."""
from multiprocessing import Process, Queue


def produce(q):
    for n in range(3):
        q.put(n)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    p.join()
    done = 1
    print("joined")
