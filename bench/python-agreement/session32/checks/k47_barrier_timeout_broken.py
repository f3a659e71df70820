# Barrier(3) with only two parties arriving and a wait timeout: BrokenBarrierError for both.
import threading

broken = 0
lock = threading.Lock()
barrier = threading.Barrier(3, timeout=0.05)


def party():
    global broken
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(broken, barrier.broken)
