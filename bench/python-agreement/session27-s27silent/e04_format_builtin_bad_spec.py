# print(format(n, "q")): ValueError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n = q.get()
    print(format(n, "q"))
    got.append(1)


q.put(3)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
