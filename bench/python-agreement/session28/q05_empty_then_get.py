# BUG: check-then-act on queue.empty(): two consumers see one item left, one of them blocks in get() forever
import queue
import threading
import time

q: queue.Queue[int] = queue.Queue()
for i in range(5):
    q.put(i)

processed = 0
lock = threading.Lock()


def consumer() -> None:
    global processed
    while not q.empty():
        item = q.get()
        time.sleep(0.001 * item)
        with lock:
            processed += 1


threads = [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"processed={processed}")
assert processed == 5
