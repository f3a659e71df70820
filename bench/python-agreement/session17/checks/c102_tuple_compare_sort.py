# no bug: tuples compare item by item; the scheduler sorts (priority, name) pairs a thread collected
import threading

jobs = []
lock = threading.Lock()


def submit(priority, name):
    with lock:
        jobs.append((priority, name))


ts = [threading.Thread(target=submit, args=a) for a in [(2, "b"), (1, "z"), (2, "a")]]
for t in ts:
    t.start()
for t in ts:
    t.join()
first = min(jobs)
print(first)
