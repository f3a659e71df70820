import threading
import time


def crunch(n):  # weft: cpu 2ms
    total = 0
    for i in range(40000):
        total += i % 7
    return total + n


results = []


def worker(k):
    for round_number in range(5):
        results.append(crunch(k))
    time.sleep(0.005)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("results:", len(results))
print(f"wall: {elapsed * 1000:.1f} ms")
