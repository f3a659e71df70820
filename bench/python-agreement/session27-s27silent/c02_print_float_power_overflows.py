# print(x ** 2) of 1e200: OverflowError (34, Numerical result out of range).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    x = q.get()
    print(x ** 2)
    got.append(1)


q.put(1e200)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
