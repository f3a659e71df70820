# A try-lock loop: each worker works under the lock only when `locked()` says it is free, and counts
# the rounds it found it held. Two workers, two rounds each.
import threading
import time

lock = threading.Lock()
done = []
skipped = []


def worker(name):
    for _ in range(2):
        if not lock.locked():
            with lock:
                done.append(name)
                time.sleep(0.002)
        else:
            skipped.append(name)
        time.sleep(0.001)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), sorted(skipped))
