# BUG: order violation on barrier reuse: worker 0 clears the partial sums for the next round while others still read them
import threading

WORKERS = 3
partial = [0] * WORKERS
totals: list[list[int]] = [[] for _ in range(WORKERS)]
barrier = threading.Barrier(WORKERS)


def worker(index: int, data: list[list[int]]) -> None:
    for round_data in data:
        partial[index] = round_data[index]
        barrier.wait()
        totals[index].append(sum(partial))
        if index == 0:
            for i in range(WORKERS):
                partial[i] = 0  # reset for the next round (no second barrier)


rounds = [[1, 2, 3], [10, 20, 30]]
threads = [threading.Thread(target=worker, args=(i, rounds)) for i in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals", totals)
assert all(t == [6, 60] for t in totals), "a worker saw a half-reset round"
