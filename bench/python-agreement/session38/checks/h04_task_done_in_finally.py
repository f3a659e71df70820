# Workers call task_done in finally even when the job raises; join returns after every item.
import queue
import threading

log = []
jobs = queue.Queue()
lock = threading.Lock()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        try:
            result = 100 // item
            with lock:
                log.append(result)
        except ZeroDivisionError:
            with lock:
                log.append("div0")
        finally:
            jobs.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for item in [5, 0, 20, 0, 50]:
    jobs.put(item)
jobs.join()
log.append("joined")
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
print(log)
