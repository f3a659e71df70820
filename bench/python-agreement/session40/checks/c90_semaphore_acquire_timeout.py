# Check: Semaphore(2) with three holders; the third's acquire(timeout=0.01) fails while the others hold for 50 ms. Bug: none.
import threading
import time

sem = threading.Semaphore(2)
results = []
lock = threading.Lock()


def holder(name, delay):
    time.sleep(delay)
    ok = sem.acquire(timeout=0.01)
    with lock:
        results.append(f"{name}:{int(ok)}")
    if ok:
        time.sleep(0.05)
        sem.release()


ts = [threading.Thread(target=holder, args=(n, d)) for n, d in [("a", 0), ("b", 0), ("c", 0.02)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
results.sort()
print(f"results={results}")
