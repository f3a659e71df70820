# check: queue.Queue: a thread woken for an item another thread took first waits again
import queue
import threading
import time

q = queue.Queue()
got = []


def consumer(name):
    item = q.get()
    got.append((name, item))


c1 = threading.Thread(target=consumer, args=("c1",))
c1.start()
time.sleep(0.005)
q.put(1)
mine = q.get()
got.append(("main", mine))
q.put(2)
c1.join()
