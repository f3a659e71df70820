# print(math.floor(x)) of an infinity: OverflowError; math's functions are refused in a call weft does not model.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    x = q.get() * 10
    print(math.floor(x))
    got.append(1)


q.put(1e308)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
