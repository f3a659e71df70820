# print((n, n)[2]): IndexError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n = q.get()
    print((n, n)[2])
    got.append(1)


q.put(0)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
