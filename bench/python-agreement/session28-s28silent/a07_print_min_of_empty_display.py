# print(min([x for x in s if x == "z"])): ValueError (empty sequence).
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n, s = q.get()
    print(min([x for x in s if x == "z"]))
    got.append(1)


q.put((3, "ab"))
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
