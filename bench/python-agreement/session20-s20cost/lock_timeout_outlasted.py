"""A holder keeps a lock through ~30 ms of plain Python arithmetic; the other thread tries
`lock.acquire(timeout=0.005)`. CPython 3.11.7: acquired=1 in 9 runs, acquired=0 in 1 (agree.py --runs 10, 2026-11-30 11:07 UTC, load 18). weft (s20cost): both, incomplete at the 30 s limit."""
import threading
import time

ITERATIONS = 300000

lock = threading.Lock()
holding = threading.Event()
acquired = -1


def holder():
    with lock:
        holding.set()
        total = 0
        for i in range(ITERATIONS):
            total += i % 7


def contender():
    global acquired
    holding.wait()
    if lock.acquire(timeout=0.005):
        acquired = 1
        lock.release()
    else:
        acquired = 0


if __name__ == "__main__":
    h = threading.Thread(target=holder)
    c = threading.Thread(target=contender)
    h.start()
    c.start()
    h.join()
    c.join()
