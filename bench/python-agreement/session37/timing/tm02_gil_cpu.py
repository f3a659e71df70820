# Timing: three threads each do two 5 ms slices of CPU work; the GIL runs them one at a time (about 30 ms).
import threading
import time

done = [0, 0, 0]


def burn(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def cruncher(index):
    for _ in range(2):
        burn(0.005)  # weft: cpu 5ms
        done[index] += 1


start = time.perf_counter()
threads = [threading.Thread(target=cruncher, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed_ms = (time.perf_counter() - start) * 1000
print(f"done={sum(done)} elapsed_ms={elapsed_ms:.1f}")
