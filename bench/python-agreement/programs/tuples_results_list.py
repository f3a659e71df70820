# Expected: two workers each append a (worker_id, value) pair to a shared list; results holds both pairs, in either order, and first is whichever pair came first.
import threading

results = []
first = None


def worker(worker_id):
    value = worker_id * 10
    results.append((worker_id, value))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = results[0]
print(results)
