import queue
import threading
import time

q = queue.Queue(maxsize=1)
log = []


def producer(name):
    try:
        q.put(name, timeout=0.01)
        log.append(f"put {name}")
    except queue.Full:
        log.append(f"full {name}")


def consumer():
    time.sleep(0.003)
    log.append(f"got {q.get()}")


threads = [threading.Thread(target=producer, args=(n,)) for n in ("a", "b")] + [threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(q.qsize())
print(sorted(log, key=str))
