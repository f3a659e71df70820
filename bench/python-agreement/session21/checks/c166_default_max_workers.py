# ThreadPoolExecutor() without max_workers has min(32, cpu_count + 4) threads: 6 on this 2-core machine
import threading
from concurrent.futures import ThreadPoolExecutor

running = 0
peak = 0
lock = threading.Lock()
gate = threading.Event()


def job(n):
    global running, peak
    with lock:
        running += 1
        if running > peak:
            peak = running
    gate.wait(0.05)
    with lock:
        running -= 1
    return n


with ThreadPoolExecutor() as pool:
    futures = [pool.submit(job, n) for n in range(8)]
print(peak)
