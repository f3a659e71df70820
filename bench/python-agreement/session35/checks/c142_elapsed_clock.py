"""main times three 10 ms sleeping threads with perf_counter: they overlap, so the total is under 25 ms."""
import threading
import time

parallel = 0
start = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.01,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
parallel = 1 if elapsed < 0.025 else 0
at_least = 1 if elapsed >= 0.01 else 0
print(parallel, at_least)
