# Check: lock.acquire(blocking=False) result while another thread holds the lock; acquire(timeout=...) result. Bug: none.
import threading
import time

lock = threading.Lock()
holder_ready = threading.Event()
release_now = threading.Event()
tries = []


def holder():
    with lock:
        holder_ready.set()
        release_now.wait()


def tryer():
    holder_ready.wait()
    tries.append(int(lock.acquire(blocking=False)))
    tries.append(int(lock.acquire(timeout=0.01)))
    release_now.set()
    time.sleep(0.02)
    got = lock.acquire(timeout=1)
    tries.append(int(got))
    if got:
        lock.release()


threads = [threading.Thread(target=holder), threading.Thread(target=tryer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"tries={tries}")
