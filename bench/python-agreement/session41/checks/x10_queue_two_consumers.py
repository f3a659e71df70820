# check: two consumers blocked on get(): which one gets each item
import queue
import threading
import time

got = []
q = queue.Queue()


def consumer(name):
    for _ in range(2):
        item = q.get()
        got.append(f"{name}{item}")


cs = [threading.Thread(target=consumer, args=(n,)) for n in "xy"]
for c in cs:
    c.start()
time.sleep(0.005)
for i in range(4):
    q.put(i)
for c in cs:
    c.join()
print(got)
