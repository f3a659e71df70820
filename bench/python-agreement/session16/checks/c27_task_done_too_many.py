# check: task_done() called more times than items raises ValueError
import queue
import threading

q = queue.Queue()
error = 0


def worker():
    global error
    item = q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        error = 1


q.put(1)
t = threading.Thread(target=worker)
t.start()
t.join()
print(error)
