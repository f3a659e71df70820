"""Refused: the main process puts, then starts a child that puts into the same queue; main's feeder
thread may write its item after the child's."""
from multiprocessing import Process, Queue


def child(q):
    q.put("child")


if __name__ == "__main__":
    q = Queue()
    q.put("parent")
    p = Process(target=child, args=(q,))
    p.start()
    first = q.get()
    second = q.get()
    p.join()
    print(first, second)
