# queue.Queue.task_done() called more often than items were taken raises ValueError
import queue
import threading

q = queue.Queue()
errors = 0


def worker():
    global errors
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        errors += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors)
