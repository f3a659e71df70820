"""A barrier for three with only two parties arriving: they wait forever (timeout breaks it)."""
import threading

barrier = threading.Barrier(3, timeout=0.1)
broken = 0


def party():
    global broken
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        broken += 1


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(broken)
