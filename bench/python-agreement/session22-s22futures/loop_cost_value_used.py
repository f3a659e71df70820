# A `# weft: cpu` cost on a `for` line is the cost of the whole loop; the loop's value is used (returned
# and stored), so weft runs the loop in one atomic step after the cost: the stored checksums are Python's.
import threading

results = {}


def checksum(seed):
    total = seed
    for i in range(2000):  # weft: cpu 5ms
        total = (total + i * i) % 1_000_003
    return total


def worker(idx):
    results[idx] = checksum(idx)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
