"""A party waits 50 ms at a Barrier(2) for a partner that sleeps 200 ms first: its time-out breaks the
barrier, and the partner's later wait (with no time-out of its own) raises BrokenBarrierError at once."""
import threading
import time

barrier = threading.Barrier(2)
early_broken = 0
late_broken = 0


def early():
    global early_broken
    try:
        barrier.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        early_broken += 1


def late():
    global late_broken
    time.sleep(0.2)
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        late_broken += 1


a = threading.Thread(target=early)
b = threading.Thread(target=late)
a.start()
b.start()
a.join()
b.join()
print(early_broken, late_broken)
