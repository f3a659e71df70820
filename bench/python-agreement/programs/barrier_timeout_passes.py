"""Three parties reach a Barrier(3, timeout=1.0) within 20 ms of each other: nobody's time-out fires,
so every party passes and the handler never runs."""
import threading
import time

barrier = threading.Barrier(3, timeout=1.0)
lock = threading.Lock()
passed = 0
broken = 0


def party(delay):
    global passed, broken
    time.sleep(delay)
    try:
        barrier.wait()
        with lock:
            passed += 1
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


ts = [threading.Thread(target=party, args=(d,)) for d in (0.0, 0.01, 0.02)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(passed, broken)
