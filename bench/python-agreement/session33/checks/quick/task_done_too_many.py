import queue
errors = []
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError:
    errors.append('too many')
print(errors)
