# check: ThreadPoolExecutor() without max_workers has min(32, cpu_count + 4) threads (6 on 2 cores)
import threading
from concurrent.futures import ThreadPoolExecutor

barrier = threading.Barrier(7)
met = []


def meet():
    try:
        barrier.wait(timeout=0.2)
        met.append(1)
    except threading.BrokenBarrierError:
        met.append(0)


with ThreadPoolExecutor() as pool:
    futures = [pool.submit(meet) for _ in range(7)]
total = sum(met)
print(total, len(met))
