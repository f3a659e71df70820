# BUG: order violation: the consumer treats an empty queue as "all done" and can quit before the producer has put anything
import queue
import threading
import time

orders = queue.Queue()
packed = []


def producer(items):
    time.sleep(0.001)  # the order batch arrives over the network
    for item in items:
        orders.put(item)


def packer():
    while not orders.empty():
        item = orders.get()
        packed.append(item.upper())


p = threading.Thread(target=producer, args=(["mug", "lamp", "rug"],))
c = threading.Thread(target=packer)
p.start()
c.start()
p.join()
c.join()
print("packed:", packed)
print("left behind:", orders.qsize())
