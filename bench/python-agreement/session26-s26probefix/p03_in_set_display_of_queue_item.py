# REFUSED: a queue's item may be a list, which a set cannot hash (CPython raises TypeError).
import queue
import threading

q: queue.Queue = queue.Queue()
found: list[int] = []


def consume() -> None:
    item = q.get()
    if item in {1, 2}:
        found.append(1)


t = threading.Thread(target=consume)
t.start()
q.put([1])
t.join()
count = len(found)
