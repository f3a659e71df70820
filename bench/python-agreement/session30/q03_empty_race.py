# BUG: check-then-act on queue.empty(): two consumers both see one item left, and the loser blocks in get() until its timeout
import queue
import threading
import time

jobs = queue.Queue()
for n in range(5):
    jobs.put(n)

handled = []
timeouts = []
lock = threading.Lock()


def consumer(name):
    while not jobs.empty():
        time.sleep(0.001)  # log the dequeue
        try:
            item = jobs.get(timeout=0.1)
        except queue.Empty:
            with lock:
                timeouts.append(name)
            return
        with lock:
            handled.append((name, item))


threads = [threading.Thread(target=consumer, args=(name,)) for name in ("c1", "c2")]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("handled:", sorted(item for _, item in handled))
print("timed out:", len(timeouts))
