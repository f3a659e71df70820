"""A daemon worker processes items; main waits with q.join(), then reads the count."""
import queue
import threading

q = queue.Queue()
processed = 0


def worker():
    global processed
    while True:
        item = q.get()
        processed += item
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in range(1, 5):
    q.put(item)
q.join()
print(processed)
