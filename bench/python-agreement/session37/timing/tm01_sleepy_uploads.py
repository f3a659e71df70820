# Timing: four uploader threads, each three 10 ms network waits: the sleeps overlap (about 30 ms in all).
import threading
import time

uploaded = [0] * 4


def uploader(index):
    for _ in range(3):
        time.sleep(0.010)
        uploaded[index] += 1


start = time.perf_counter()
threads = [threading.Thread(target=uploader, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed_ms = (time.perf_counter() - start) * 1000
total = sum(uploaded)
print(f"total={total} elapsed_ms={elapsed_ms:.1f}")
