"""Three threads write their square into a shared list, meet at a barrier, then each sums the list
(`sum` of a shared list: its items read one by one): every write is before the barrier, so each sum is 5."""
import threading

barrier = threading.Barrier(3)
results = [0, 0, 0]

def worker(i):
    results[i] = i * i
    barrier.wait()
    total = sum(results)
    assert total == 5

threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
