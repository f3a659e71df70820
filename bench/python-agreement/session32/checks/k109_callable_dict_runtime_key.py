# A dispatch dict of functions called with a key from a queue, as a statement.
import queue
import threading

counts = {"inc": 0, "dec": 0}
q = queue.Queue()


def inc():
    counts["inc"] += 1


def dec():
    counts["dec"] += 1


ACTIONS = {"inc": inc, "dec": dec}


def worker():
    for _ in range(2):
        name = q.get()
        ACTIONS[name]()


t = threading.Thread(target=worker)
t.start()
q.put("inc")
q.put("dec")
t.join()
print(counts)
