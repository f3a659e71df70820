import threading
import time

elapsed_ms = 0
done = 0


def worker():
    global done
    time.sleep(0.01)
    done += 1


start = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(f"took {elapsed:.3f}s")
