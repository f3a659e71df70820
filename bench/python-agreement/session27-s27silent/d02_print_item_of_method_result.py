# print(s.upper()[7]) of a short string: IndexError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    s = q.get()
    print(s.upper()[7])
    got.append(1)


q.put("ab")
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
