import threading
import time

results = [0, 0]


def crunch():  # weft: cpu 40ms
    total = 0
    for i in range(300_000):
        total += i & 3
    return total


def worker(slot):
    results[slot] = crunch()


start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, f"{time.perf_counter() - start:.3f}s")
