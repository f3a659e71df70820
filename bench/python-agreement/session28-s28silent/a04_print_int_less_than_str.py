# print(1 < s) of a str: TypeError.
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n, s = q.get()
    print(1 < s)
    got.append(1)


q.put((3, "ab"))
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
