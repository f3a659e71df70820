# print(pair[1], pair[-2]) of a queued 2-tuple: in range, no exception (the hoisted items agree).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    pair = q.get()
    print(pair[1], pair[-2])
    got.append(1)


q.put((1, 2))
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
