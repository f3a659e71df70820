# no bug: six jobs meet at a Barrier(6); a default ThreadPoolExecutor has room for all six on this machine
from concurrent.futures import ThreadPoolExecutor
import threading

barrier = threading.Barrier(6, timeout=0.2)
lock = threading.Lock()
passed = 0
broken = 0


def job():
    global passed, broken
    try:
        barrier.wait()
        with lock:
            passed += 1
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


with ThreadPoolExecutor() as ex:
    for _ in range(6):
        ex.submit(job)
