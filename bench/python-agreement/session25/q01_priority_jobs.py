import itertools
import queue
import threading

jobs = queue.PriorityQueue()
counter = itertools.count()
done = []
done_lock = threading.Lock()

for priority, name in [(3, "backup"), (1, "page-oncall"), (2, "send-email"), (1, "restart-db")]:
    jobs.put((priority, next(counter), name))


def worker():
    while True:
        priority, seq, name = jobs.get()
        if name is None:
            jobs.task_done()
            break
        with done_lock:
            done.append(f"{priority}:{name}")
        jobs.task_done()


# workers start only after every job is queued, so the single worker sees strict priority order
w = threading.Thread(target=worker)
w.start()
jobs.put((99, next(counter), None))
jobs.join()
w.join()

print(done)
print("empty", jobs.empty())
