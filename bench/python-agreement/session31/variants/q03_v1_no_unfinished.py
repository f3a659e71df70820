# Bounded queue (maxsize=2) feeding daemon workers; the main thread waits with q.join(), puts use a timeout
import queue
import threading

q = queue.Queue(maxsize=2)
totals = {"bytes": 0, "files": 0}
totals_lock = threading.Lock()
dropped = []


def worker():
    while True:
        name, size = q.get()
        try:
            with totals_lock:
                totals["bytes"] += size
                totals["files"] += 1
        finally:
            q.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()

files = [("a.txt", 120), ("b.png", 2048), ("c.csv", 64), ("d.log", 512), ("e.bin", 4096)]
for name, size in files:
    try:
        q.put((name, size), timeout=0.5)
    except queue.Full:
        dropped.append(name)

q.join()
print("totals:", totals)
print("dropped:", dropped)
