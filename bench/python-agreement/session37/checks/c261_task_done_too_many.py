import queue
import threading

q = queue.Queue()
log = []


def worker():
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        log.append("too many")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)  # ordered
