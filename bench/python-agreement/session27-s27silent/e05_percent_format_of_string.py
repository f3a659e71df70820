# print("%d items" % count) where count is a string taken from a queue: TypeError (%d needs a number).
import queue
import threading

q = queue.Queue()
got = []


def worker():
    count = q.get()
    print("%d items" % count)
    got.append(1)


q.put("3")
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
