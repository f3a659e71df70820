import queue
import threading

q = queue.Queue()
log = []


def producer():
    parts = [1, 2]
    q.put(("batch", parts))
    parts.append(3)


def consumer():
    name, parts = q.get()
    log.append(len(parts))


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)  # ordered
