import threading
import time

results = [0, 0]


def crunch(slot):
    total = 0
    for i in range(300_000):  # weft: cpu 40ms
        total += i & 3
    results[slot] = total


start = time.perf_counter()
threads = [threading.Thread(target=crunch, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, f"{time.perf_counter() - start:.3f}s")
