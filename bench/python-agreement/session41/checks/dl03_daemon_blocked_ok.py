# check: a daemon consumer blocked on get() does not keep the process alive
import queue
import threading
import time

q = queue.Queue()
handled = []


def consumer():
    while True:
        item = q.get()
        handled.append(item)


threading.Thread(target=consumer, daemon=True).start()
for i in range(3):
    q.put(i)
time.sleep(0.01)
print(handled)
