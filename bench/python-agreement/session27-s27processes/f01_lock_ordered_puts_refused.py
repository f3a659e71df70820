"""Refused: two processes take a ticket under a lock and put it on one queue. The lock orders the
puts, but each process's feeder thread writes its item to the pipe later, so CPython's queue can hold
ticket 2 before ticket 1; weft's queue takes each item at its `put`."""
from multiprocessing import Lock, Process, Queue, Value


def take(lock, counter, q):
    with lock:
        counter.value += 1
        q.put(counter.value)


if __name__ == "__main__":
    lock = Lock()
    counter = Value("i", 0, lock=False)
    q = Queue()
    procs = [Process(target=take, args=(lock, counter, q)) for _ in range(2)]
    for p in procs:
        p.start()
    first = q.get()
    second = q.get()
    for p in procs:
        p.join()
    print(first, second)
