# check: task_done() called more times than items were put raises ValueError
import queue
import threading

q = queue.Queue()
trail = []


def worker():
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
        trail.append("twice ok")
    except ValueError:
        trail.append("ValueError")


t = threading.Thread(target=worker)
t.start()
t.join()
first = trail[0]
print(trail)
