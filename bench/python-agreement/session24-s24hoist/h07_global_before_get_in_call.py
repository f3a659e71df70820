import queue
import threading

q = queue.Queue()
counter = 0
seen = []


def combine(before, item):
    return before * 10 + item


def bump():
    global counter
    counter += 1
    q.put(1)


t = threading.Thread(target=bump)
t.start()
snapshot = combine(counter, q.get())
t.join()
