# BUG: task_done() called more times than items were put raises ValueError
import queue
import threading

q = queue.Queue()
outcome = "none"


def worker():
    global outcome
    item = q.get()
    q.task_done()
    try:
        q.task_done()
        outcome = "fine"
    except ValueError:
        outcome = "value error"


t = threading.Thread(target=worker)
t.start()
q.put(1)
t.join()
print(outcome)
