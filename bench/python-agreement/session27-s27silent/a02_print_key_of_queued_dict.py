# print(d["b"]) of a dict taken from a queue that lacks the key: KeyError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    d = q.get()
    print(d["a"], "then")
    print(d["b"])
    got.append(1)


q.put({"a": 1})
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
