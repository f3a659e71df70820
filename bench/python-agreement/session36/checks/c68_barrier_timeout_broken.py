"""Barrier.wait(timeout) with a missing party breaks the barrier: both waiters get BrokenBarrierError."""
import threading

barrier = threading.Barrier(3)
broken = []


def party():
    try:
        barrier.wait(timeout=0.01)
    except threading.BrokenBarrierError:
        broken.append(1)


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(broken))
