# print(rows[0][5]) of a queued list of tuples: IndexError (the inner item hoisted first, then the outer).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    rows = q.get()
    print(rows[0][5])
    got.append(1)


q.put([(1, 2)])
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
