# print(round(x)) of an infinity made at run time (1e308 * 10): OverflowError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    x = q.get() * 10
    print(round(x))
    got.append(1)


q.put(1e308)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
