# print(f"{n:>5} {s:<3} {x:.2f}") of values whose specs suit them: no exception.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n = q.get()
    s = q.get()
    x = q.get()
    print(f"{n:>5} {s:<3} {x:.2f}")
    got.append(1)


q.put(3)
q.put("ab")
q.put(2.5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
