# print(int(x - x)) of an infinity x: ValueError (cannot convert float NaN).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    x = q.get() * 10
    print(int(x - x))
    got.append(1)


q.put(1e308)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
