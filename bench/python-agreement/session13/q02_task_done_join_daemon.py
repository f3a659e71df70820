# Expected: daemon workers call task_done; q.join() returns after all 8 items, so handled == 8 at that point.
import queue
import threading

q = queue.Queue()
handled = 0
lock = threading.Lock()


def worker():
    global handled
    while True:
        item = q.get()
        try:
            with lock:
                handled += 1
        finally:
            q.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()
for item in range(8):
    q.put(item)
q.join()
assert handled == 8
print("all work completed")
