import queue
import threading

q = queue.Queue()
processed = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        processed.append(item * 2)
        q.task_done()


for n in (1, 2, 3):
    q.put(n)
q.put(None)
t = threading.Thread(target=worker)
t.start()
q.join()
seen_at_join = len(processed)
t.join()
print(seen_at_join, processed)
