# print(f"{s:d}") of a string: ValueError (Unknown format code d for str).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    s = q.get()
    print(f"{s:d}")
    got.append(1)


q.put("ab")
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
