# print(f"mean {total / n:d}"): d of a float, ValueError (a realistic slip).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    total = q.get()
    n = q.get()
    print(f"mean {total / n:d}")
    got.append(1)


q.put(7)
q.put(2)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
