"""Two threads do CPU work in 2ms slices: the GIL lets only one run at a time."""
import threading


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


results = []


def worker(slices):
    for _ in range(slices):
        results.append(crunch(45000))  # weft: cpu 2ms


threads = [threading.Thread(target=worker, args=(5,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("slices:", len(results))
