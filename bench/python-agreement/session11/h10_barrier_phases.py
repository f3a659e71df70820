"""Three threads write their slot, meet at a barrier, then read their neighbour's slot."""
import threading

barrier = threading.Barrier(3)
slots = [0, 0, 0]
seen = [0, 0, 0]


def worker(i):
    slots[i] = i + 1
    barrier.wait()
    seen[i] = slots[(i + 1) % 3]


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
