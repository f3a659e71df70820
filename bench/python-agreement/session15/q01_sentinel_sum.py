# no bug: producer puts numbers then a None sentinel; the consumer stops at the sentinel
import queue
import threading

q = queue.Queue()
total = 0


def producer():
    for n in range(1, 6):
        q.put(n)
    q.put(None)


def consumer():
    global total
    while True:
        item = q.get()
        if item is None:
            break
        total += item


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert total == 15
