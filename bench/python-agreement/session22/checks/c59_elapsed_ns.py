import threading
import time

elapsed = []


def worker():
    start = time.monotonic_ns()
    time.sleep(0.01)
    elapsed.append((time.monotonic_ns() - start) // 10_000_000)
    t0 = time.perf_counter()
    time.sleep(0.02)
    elapsed.append(int((time.perf_counter() - t0) * 100))


t = threading.Thread(target=worker)
t.start()
t.join()
print(elapsed)
