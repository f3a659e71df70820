# check: task_done() called more times than items were put raises ValueError
import queue

q = queue.Queue()
q.put(1)
q.get()
q.task_done()
errs = 0
try:
    q.task_done()
except ValueError:
    errs += 1
