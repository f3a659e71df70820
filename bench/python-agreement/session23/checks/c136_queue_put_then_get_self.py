# check: a thread that puts and at once gets from a queue another thread waits on usually takes its own item
import queue
import threading
import time

q = queue.Queue()
got = []


def waiter():
    item = q.get(timeout=0.05)
    got.append(("w", item))


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
q.put(1)
mine = q.get()
got.append(("main", mine))
q.put(2)
t.join()
