# A barrier of 3 with only 2 parties and a timeout: both get BrokenBarrierError.
import threading

barrier = threading.Barrier(3, timeout=0.05)
broken = 0
passed = 0
lock = threading.Lock()


def party():
    global broken, passed
    try:
        barrier.wait()
        with lock:
            passed += 1
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
