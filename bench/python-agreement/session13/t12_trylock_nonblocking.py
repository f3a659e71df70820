# Latent bug: `skipped += 1` runs outside the lock, so two workers that both find the lock busy can lose an update and `done + skipped == 3` can fail; usually done == 3.
import threading

lock = threading.Lock()
done = 0
skipped = 0


def job():
    global done, skipped
    if lock.acquire(blocking=False):
        try:
            done += 1
        finally:
            lock.release()
    else:
        skipped += 1


threads = [threading.Thread(target=job) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert done + skipped == 3
print(f"done={done} skipped={skipped}")
