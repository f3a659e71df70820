# Results grouped in a defaultdict(list) by racing workers, summed per group in the module's own code
# by a dict comprehension and by a loop over sorted(d.items()) (session19/t11's form). Each worker
# reads a shared tally without the lock, so the tally may lose updates (its bug: tally < 3).
import threading
from collections import defaultdict

groups = defaultdict(list)
groups_lock = threading.Lock()
tally = 0


def worker(kind, size):
    global tally
    with groups_lock:
        groups[kind].append(size * 10)
    seen = tally
    tally = seen + 1


jobs = [("b", 1), ("a", 2), ("b", 3)]
threads = [threading.Thread(target=worker, args=job) for job in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
by_kind = {kind: sum(values) for kind, values in sorted(groups.items())}
largest = 0
for kind, values in sorted(groups.items()):
    biggest = sum(values)
    if biggest > largest:
        largest = biggest
print(by_kind, largest, tally)
