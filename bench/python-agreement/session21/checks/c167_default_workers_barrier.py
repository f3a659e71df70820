# six jobs meet at a Barrier(6) in ThreadPoolExecutor(): CPython's default pool has min(32, cpu_count + 4) = 6
# threads on this 2-core machine, so all six pass
import threading
from concurrent.futures import ThreadPoolExecutor

barrier = threading.Barrier(6, timeout=0.2)
broken = 0
passed = 0
lock = threading.Lock()


def job():
    global broken, passed
    try:
        barrier.wait()
        with lock:
            passed += 1
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


with ThreadPoolExecutor() as pool:
    futures = [pool.submit(job) for _ in range(6)]
print(passed, broken)
