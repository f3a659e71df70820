# check: Barrier.wait(timeout) breaks the barrier; the other waiter gets BrokenBarrierError too
import threading

barrier = threading.Barrier(3)
broken = []
lock = threading.Lock()


def party():
    try:
        barrier.wait(timeout=0.02)
    except threading.BrokenBarrierError:
        with lock:
            broken.append(1)


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
