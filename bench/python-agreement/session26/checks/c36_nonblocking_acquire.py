import threading
import time

lock = threading.Lock()
skipped = 0
ran = 0
stats_lock = threading.Lock()


def try_work() -> None:
    global skipped, ran
    if lock.acquire(blocking=False):
        try:
            time.sleep(0.02)
            with stats_lock:
                ran += 1
        finally:
            lock.release()
    else:
        with stats_lock:
            skipped += 1


threads = [threading.Thread(target=try_work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(ran, skipped)
