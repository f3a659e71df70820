# An instance put on a queue and then changed by the producer: the consumer sees the same object.
import queue
import threading

log = []
q = queue.Queue()


class Order:
    def __init__(self, item):
        self.item = item
        self.paid = 0


def producer():
    order = Order("tea")
    q.put(order)
    order.paid = 1


def consumer():
    order = q.get()
    log.append(order.paid)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
