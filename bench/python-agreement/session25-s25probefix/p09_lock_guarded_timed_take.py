# A timed take whose success guards the release (`if got:`): the lock is released only by its holder,
# and the import keeps it owned.
import threading

lock = threading.Lock()
results = []


def worker(name):
    got = lock.acquire(timeout=0.05)
    if got:
        results.append(name)
        lock.release()
    else:
        results.append("timeout")


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
