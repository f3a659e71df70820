# Timing: the main thread warms a cache for 10 ms of CPU, then three workers each wait 20 ms and spend 2 ms CPU.
import threading
import time

results = [0, 0, 0]


def burn(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def worker(index):
    time.sleep(0.020)
    burn(0.002)  # weft: cpu 2ms
    results[index] = index + 1


start = time.perf_counter()
burn(0.010)  # weft: cpu 10ms
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed_ms = (time.perf_counter() - start) * 1000
print(f"sum={sum(results)} elapsed_ms={elapsed_ms:.1f}")
