# print(divmod(7, n)) of n = 0: ZeroDivisionError; divmod's value is not imported, so refused.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n = q.get()
    print(divmod(7, n))
    got.append(1)


q.put(0)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
