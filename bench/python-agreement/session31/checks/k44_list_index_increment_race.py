# `counts[i] += 1` on a shared list from two threads with a sleep(0) between: a read, then a write
import threading
import time

counts = [0, 0]


def bump(slot, n):
    for _ in range(n):
        v = counts[slot]
        time.sleep(0)
        counts[slot] = v + 1


ts = [threading.Thread(target=bump, args=(0, 3)), threading.Thread(target=bump, args=(0, 2)), threading.Thread(target=bump, args=(1, 2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts)
