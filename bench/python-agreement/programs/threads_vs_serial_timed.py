"""Four threads sleeping 50 ms at once, then one sleep alone, each timed with time.perf_counter() and
printed: the threads take about 50 ms, not 200 ms; the whole program about 100 ms."""
import threading
import time


def io():
    time.sleep(0.05)


start = time.perf_counter()
threads = [threading.Thread(target=io) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(f"threads: {elapsed:.3f}s")
start = time.perf_counter()
io()
print(f"serial: {time.perf_counter() - start:.3f}s")
