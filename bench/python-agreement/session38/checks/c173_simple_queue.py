# ordered
# queue.SimpleQueue between two threads.
import queue
import threading

log = []
sq = queue.SimpleQueue()


def producer():
    for item in [1, 2, 3]:
        sq.put(item)
    sq.put(None)


def consumer():
    while True:
        item = sq.get()
        if item is None:
            break
        log.append(item * 2)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
