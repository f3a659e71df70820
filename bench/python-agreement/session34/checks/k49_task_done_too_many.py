# task_done() called once more than there were items raises ValueError.
import queue
import threading

q = queue.Queue()
errors = []
processed = 0


def worker():
    global processed
    while True:
        item = q.get()
        if item is None:
            break
        processed += 1
        q.task_done()
    try:
        q.task_done()
        q.task_done()
    except ValueError:
        errors.append("too many")


for i in range(2):
    q.put(i)
q.put(None)
t = threading.Thread(target=worker)
t.start()
t.join()
print(processed, errors)
