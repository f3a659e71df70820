# check: Barrier.wait() returns each party a distinct index; a barrier with a time-out breaks
import threading

barrier = threading.Barrier(3)
indices = []
lock = threading.Lock()


def party():
    index = barrier.wait()
    with lock:
        indices.append(index)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(indices)
distinct = len(set(indices))

lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.02)
    broke = False
except threading.BrokenBarrierError:
    broke = True
print(total, distinct, broke)
