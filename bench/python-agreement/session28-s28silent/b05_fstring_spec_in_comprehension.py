# print([f"{x:d}" for x in xs]) of a list holding a float: ValueError inside the comprehension.
import queue
import threading

q = queue.Queue()
got = []


def worker():
    xs = q.get()
    print([f"{x:d}" for x in xs])
    got.append(1)


q.put([1, 2.5])
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
