# BUG: deadlock: two consumers share the work queue but the producer sends only one sentinel, so the
# second consumer blocks in get() forever and joining it hangs.
import queue
import threading

work = queue.Queue()
processed = []
totals = [0, 0]


def producer(items):
    for item in items:
        work.put(item)
    work.put(None)  # one sentinel, but there are two consumers


def consumer(index):
    while True:
        item = work.get()
        if item is None:
            break
        processed.append(item)
        totals[index] += item * item


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for c in consumers:
    c.start()
prod = threading.Thread(target=producer, args=([1, 2, 3, 4],))
prod.start()
prod.join()
for c in consumers:
    c.join()

print(f"processed={sorted(processed)} sum_squares={sum(totals)}")
