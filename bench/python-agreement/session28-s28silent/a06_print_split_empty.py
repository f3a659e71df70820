# print(s.split("")): ValueError (empty separator).
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n, s = q.get()
    print(s.split(""))
    got.append(1)


q.put((3, "ab"))
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
