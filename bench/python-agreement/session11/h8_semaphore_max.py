"""A semaphore allows two workers in at once; the peak is tracked under a lock."""
import threading
import time

slots = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
peak = 0


def worker():
    global inside, peak
    with slots:
        with guard:
            inside += 1
            if inside > peak:
                peak = inside
        time.sleep(0.01)
        with guard:
            inside -= 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert peak <= 2
print(peak)
