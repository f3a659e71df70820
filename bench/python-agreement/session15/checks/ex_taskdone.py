import queue

q = queue.Queue()
q.put(1)
q.get()
q.task_done()
errors = 0
try:
    q.task_done()
except ValueError:
    errors += 1
