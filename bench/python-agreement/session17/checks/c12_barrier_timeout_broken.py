# no bug: a Barrier wait with a timeout breaks the barrier for everyone when the third party never comes
import threading

barrier = threading.Barrier(3, timeout=0.020)
broken = 0
lock = threading.Lock()


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
print("broken", broken)
