# ordered
# queue.Queue.task_done() called more times than items were put: ValueError in the worker, handled.
import queue
import threading

log = []
q = queue.Queue()


def worker():
    item = q.get()
    log.append(item)
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        log.append(type(e).__name__)


q.put("job")
t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
