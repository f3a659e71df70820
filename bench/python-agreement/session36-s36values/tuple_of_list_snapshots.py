"""Two workers move their own slot of a fixed-length list; an observer records `tuple(slots)`.

`tuple(slots)` copies every item in one C call under the GIL: a snapshot never mixes a half-done move
of one slot with another (each worker writes its own slot only)."""
import threading
import time

slots = [0, 0]
snapshots = []


def worker(i):
    for _ in range(2):
        slots[i] += 1
        time.sleep(0.001)


def observer():
    for _ in range(3):
        snapshots.append(tuple(slots))
        time.sleep(0.001)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
threads.append(threading.Thread(target=observer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(slots, snapshots)
