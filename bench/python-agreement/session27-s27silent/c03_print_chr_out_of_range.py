# print(chr(n - 5)) of n = 0: ValueError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n = q.get()
    print(chr(n - 5))
    got.append(1)


q.put(0)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
