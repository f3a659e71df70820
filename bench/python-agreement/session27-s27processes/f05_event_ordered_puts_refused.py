"""Refused: one process puts then sets an event, another waits for it then puts; CPython's pipe may
still receive the second item first (each process has its own feeder thread)."""
from multiprocessing import Event, Process, Queue


def first(q, ready):
    q.put("first")
    ready.set()


def second(q, ready):
    ready.wait()
    q.put("second")


if __name__ == "__main__":
    q = Queue()
    ready = Event()
    a = Process(target=first, args=(q, ready))
    b = Process(target=second, args=(q, ready))
    a.start()
    b.start()
    one = q.get()
    two = q.get()
    a.join()
    b.join()
    print(one, two)
