# The producer appends to a list after putting it on a queue: the consumer holds the same object and
# may see the later item.
import queue
import threading
import time

log = []
q = queue.Queue()


def producer():
    order = ["tea"]
    q.put(order)
    order.append("cake")


def consumer():
    order = q.get()
    log.append(len(order))


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
