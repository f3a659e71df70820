# ordered
# queue.Empty from a timed get inside `with sem:`, caught outside the with: the with released.
import queue
import threading

log = []
sem = threading.Semaphore(1)
q = queue.Queue()


def worker():
    try:
        with sem:
            q.get(timeout=0.01)
    except queue.Empty:
        log.append("empty")
    with sem:
        log.append("again")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
