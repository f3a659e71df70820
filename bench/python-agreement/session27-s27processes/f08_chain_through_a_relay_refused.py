"""Refused: the first process puts then sets an event; a relay process waits for it and sets a second
event, which the last process waits for before its own put. No primitive links the two putters
directly; the chain through the relay orders their puts, which CPython's feeders may still reverse."""
from multiprocessing import Event, Process, Queue


def first(q, started):
    q.put("first")
    started.set()


def relay(started, go):
    started.wait()
    go.set()


def last(q, go):
    go.wait()
    q.put("last")


if __name__ == "__main__":
    q = Queue()
    started = Event()
    go = Event()
    procs = [
        Process(target=first, args=(q, started)),
        Process(target=relay, args=(started, go)),
        Process(target=last, args=(q, go)),
    ]
    for p in procs:
        p.start()
    one = q.get()
    two = q.get()
    for p in procs:
        p.join()
    print(one, two)
