# A producer puts its batch list on a queue and then clears it: the consumer holds the same list
# object, so it may see the batch already emptied (a classic aliasing bug).
import queue
import threading
import time

log = []
q = queue.Queue()


def producer():
    batch = []
    for item in [1, 2, 3, 4]:
        batch.append(item)
        if len(batch) == 2:
            q.put(batch)
            batch.clear()
    q.put(None)


def consumer():
    while True:
        batch = q.get()
        if batch is None:
            break
        time.sleep(0.001)
        log.append(len(batch))


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
