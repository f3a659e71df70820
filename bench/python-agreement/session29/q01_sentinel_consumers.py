import queue
import threading

jobs = queue.Queue()
totals = [0, 0]


def consumer(slot):
    while True:
        item = jobs.get()
        if item is None:
            break
        totals[slot] += item


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for c in consumers:
    c.start()
for n in range(1, 7):
    jobs.put(n)
for _ in consumers:
    jobs.put(None)
for c in consumers:
    c.join()
grand_total = sum(totals)
print(totals, grand_total)
