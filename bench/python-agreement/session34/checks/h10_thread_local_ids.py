# threading.local: each worker keeps its own request count; totals gathered under a lock.
import threading

local = threading.local()
totals = {}
lock = threading.Lock()


def handle(n):
    local.count = getattr(local, "count", 0) + n


def worker(name, jobs):
    for n in jobs:
        handle(n)
    with lock:
        totals[name] = local.count


threads = [threading.Thread(target=worker, args=("w1", [1, 2])), threading.Thread(target=worker, args=("w2", [5]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
