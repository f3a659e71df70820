import queue
import threading

q = queue.Queue()
processed = []


def worker():
    while True:
        item = q.get()
        processed.append(item * 2)
        q.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()

for item in range(5):
    q.put(item)

q.join()
count = len(processed)
print("All work completed:", count, sorted(processed))
