# BUG: atomicity violation: the emptiness check and the pop are not one step, so two threads can both see one item and the second pop fails
import threading
import time


class WorkStack:
    def __init__(self, items):
        self.items = list(items)
        self.lock = threading.Lock()

    def has_work(self):
        with self.lock:
            return len(self.items) > 0

    def take(self):
        with self.lock:
            return self.items.pop()


stack = WorkStack([1, 2, 3])
taken = {"a": [], "b": []}
crashes = []


def worker(name):
    while stack.has_work():
        time.sleep(0.001)  # decide what to do with the job
        try:
            job = stack.take()
        except IndexError:
            crashes.append(name)
            break
        taken[name].append(job)


threads = [threading.Thread(target=worker, args=(n,)) for n in taken]
for t in threads:
    t.start()
for t in threads:
    t.join()

all_jobs = sorted(taken["a"] + taken["b"])
print("jobs:", all_jobs, "crashes:", len(crashes))
