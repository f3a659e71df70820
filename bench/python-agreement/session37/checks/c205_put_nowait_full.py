import queue
import threading

q = queue.Queue(maxsize=1)
log = []


def producer(item):
    try:
        q.put(item, block=False)
        log.append(f"put {item}")
    except queue.Full:
        log.append(f"full {item}")


threads = [threading.Thread(target=producer, args=(i,)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(q.qsize())
print(sorted(log, key=str))
