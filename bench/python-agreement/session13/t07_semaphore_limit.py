# Expected: Semaphore(2) keeps at most 2 workers in the section at once (max_active <= 2, assert holds).
import threading
import time

slots = threading.Semaphore(2)
stats_lock = threading.Lock()
active = 0
max_active = 0
finished = 0


def download(n):
    global active, max_active, finished
    with slots:
        with stats_lock:
            active += 1
            max_active = max(max_active, active)
        time.sleep(0.01)
        with stats_lock:
            active -= 1
            finished += 1


workers = [threading.Thread(target=download, args=(i,)) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert max_active <= 2
print(f"finished={finished} max_active={max_active}")
