"""A Barrier of 3 with only 2 parties arriving: wait(timeout) breaks it for both."""
import threading

barrier = threading.Barrier(3)
broken = []


def party(name):
    try:
        barrier.wait(timeout=0.02)
    except threading.BrokenBarrierError:
        broken.append(name)


threads = [threading.Thread(target=party, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(broken), barrier.broken)
