# a dict with int keys iterates in insertion order, not sorted order
import threading

slots = {}
lock = threading.Lock()
order = []


def fill(k):
    with lock:
        slots[k] = k * 10


for k in [5, 1, 3]:
    t = threading.Thread(target=fill, args=(k,))
    t.start()
    t.join()
slots[1] = 11
for k in slots:
    order.append(k)
print(order, slots)
