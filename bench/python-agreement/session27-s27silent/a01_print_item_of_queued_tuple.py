# print(pair[5]) of a 2-tuple taken from a queue: IndexError (the index known at import time, the length not).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    pair = q.get()
    print(pair[5])
    got.append(1)


q.put((1, 2))
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
