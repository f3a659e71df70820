# non-blocking acquire
import threading
import time

lock = threading.Lock()
got = 0
skipped = 0


def worker():
    global got, skipped
    if lock.acquire(blocking=False):
        try:
            time.sleep(0.01)
            got += 1
        finally:
            lock.release()
    else:
        skipped += 1


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got, skipped)
