# print("r", [10 // x for x in xs]) of a list with a 0 taken from a queue: ZeroDivisionError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    xs = q.get()
    print("r", [10 // x for x in xs])
    got.append(1)


q.put([1, 0])
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
