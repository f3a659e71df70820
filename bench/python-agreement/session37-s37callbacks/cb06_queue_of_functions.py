# A hand-made worker pool: the main thread puts (function, argument) pairs on one queue and bare
# functions on another; workers take each item and call the function it holds, until a None. The
# results are kept under a lock, so every run gives the same sums.
import queue
import threading

jobs = queue.Queue()
chores = queue.Queue()
totals = {"added": 0, "doubled": 0, "flushes": 0}
totals_lock = threading.Lock()


def add(n):
    with totals_lock:
        totals["added"] += n


def double(n):
    with totals_lock:
        totals["doubled"] += 2 * n


def flush():
    with totals_lock:
        totals["flushes"] += 1


def worker():
    while True:
        item = jobs.get()
        if item is None:
            break
        fn, arg = item
        fn(arg)


def chore_runner():
    while True:
        task = chores.get()
        if task is None:
            break
        task()


workers = [threading.Thread(target=worker) for _ in range(2)]
runner = threading.Thread(target=chore_runner)
runner.start()
for w in workers:
    w.start()
jobs.put((add, 3))
jobs.put((double, 4))
chores.put(flush)
chores.put(flush)
chores.put(None)
jobs.put((add, 5))
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
runner.join()
print(f"added={totals['added']} doubled={totals['doubled']} flushes={totals['flushes']}")
