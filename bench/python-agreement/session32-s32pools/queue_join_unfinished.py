# BUG: two daemon workers count the items with an unlocked +=, so `processed` can come out short; q.unfinished_tasks after q.join() is 0
import queue
import threading
import time

q = queue.Queue()
processed = 0


def worker():
    global processed
    while True:
        item = q.get()
        time.sleep(0.001 * item)
        processed += 1
        q.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()
for item in range(4):
    q.put(item)
q.join()
left = q.unfinished_tasks
print("processed:", processed, "unfinished:", left)
