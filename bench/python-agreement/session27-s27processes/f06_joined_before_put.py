"""Imports: the main process joins the producer before it puts into the same queue; the producer's
exit flushed its feeder, so its item is first, in CPython as in weft."""
from multiprocessing import Process, Queue


def produce(q):
    q.put("child")


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    p.join()
    q.put("parent")
    first = q.get()
    second = q.get()
    print(first, second)
    assert first == "child"
