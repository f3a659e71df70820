import queue
import threading
import time

q = queue.Queue()
log = []


def consumer(name):
    try:
        log.append((name, q.get(timeout=0.02)))
    except queue.Empty:
        log.append((name, "empty"))


def producer():
    time.sleep(0.005)
    q.put("job")


threads = [threading.Thread(target=consumer, args=(n,)) for n in ("a", "b")] + [threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
