# dict(generator) whose element is not always a pair: CPython raises ValueError at the item that has
# three parts, before the generator takes the next item from the queue, so one item stays queued.
import queue
import threading

out = queue.Queue()
caught = 0
left = -1


def produce():
    out.put(("a", 1))
    out.put(("b", 2, 3))
    out.put(("c", 4))


worker = threading.Thread(target=produce)
worker.start()
worker.join()


def build():
    global caught, left
    try:
        table = dict(out.get() for _ in range(3))
        caught = len(table)
    except ValueError:
        caught = -1
    left = out.qsize()


build()
print(caught, left)
