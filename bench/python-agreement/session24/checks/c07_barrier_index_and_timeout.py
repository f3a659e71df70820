"""Barrier.wait returns a distinct index per party; a barrier that times out is broken for everyone."""
import threading

barrier = threading.Barrier(2)
indexes = []
broken_count = 0
lock = threading.Lock()


def party():
    indexes.append(barrier.wait())


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
index_sum = sum(indexes)

lonely = threading.Barrier(2, timeout=0.01)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    broken_count += 1
is_broken = int(lonely.broken)
print(index_sum, broken_count, is_broken)
