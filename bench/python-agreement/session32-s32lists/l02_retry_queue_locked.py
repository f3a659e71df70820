# Workers take jobs from the front of a shared list of (name, tries) pairs under a lock; a job that fails goes to the back with one try less
import threading

jobs = [("a", 2), ("b", 0), ("c", 1)]
pending = list(jobs)
attempts = {name: 0 for name, _ in jobs}
finished = {}
lock = threading.Lock()


def worker(wid):
    while True:
        with lock:
            if not pending:
                return
            job = pending.pop(0)
        name, failures = job
        with lock:
            attempts[name] += 1
            if failures > 0:
                pending.append((name, failures - 1))
            else:
                finished[name] = (attempts[name], wid)


threads = [threading.Thread(target=worker, args=(w,)) for w in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

tries = {name: count for name, (count, _) in finished.items()}
print("tries:", dict(sorted(tries.items())), "attempts:", attempts)
