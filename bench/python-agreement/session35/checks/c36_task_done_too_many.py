"""task_done() called once too often raises ValueError in the worker."""
import queue
import threading

q = queue.Queue()
errors = []
handled = []


def worker():
    item = q.get()
    handled.append(item)
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        errors.append("too many")


q.put(5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(handled, errors)
