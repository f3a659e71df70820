# A Barrier(3) that only two threads reach: the wait times out and both see BrokenBarrierError.
import threading

barrier = threading.Barrier(3, timeout=0.05)
broken = 0
lock = threading.Lock()


def worker():
    global broken
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(broken, barrier.broken)
