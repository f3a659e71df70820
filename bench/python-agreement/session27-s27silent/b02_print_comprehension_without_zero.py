# print("r", [10 // x for x in xs]) of a list without a 0: the loop runs, no exception.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    xs = q.get()
    print("r", [10 // x for x in xs])
    got.append(1)


q.put([1, 2, 5])
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
