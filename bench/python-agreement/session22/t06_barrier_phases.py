import threading

NUM_WORKERS = 3
barrier = threading.Barrier(NUM_WORKERS)
partials = [0] * NUM_WORKERS
totals = []
totals_lock = threading.Lock()


def worker(index, data):
    # phase 1: each worker sums its own slice
    partials[index] = sum(data[index::NUM_WORKERS])
    barrier.wait()
    # phase 2: every worker reads all partial sums
    grand = sum(partials)
    with totals_lock:
        totals.append(grand)
    barrier.wait()


data = list(range(1, 31))
threads = [threading.Thread(target=worker, args=(i, data), name=f"w{i}") for i in range(NUM_WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("partials", partials)
print("totals", totals)
assert totals == [465, 465, 465]
