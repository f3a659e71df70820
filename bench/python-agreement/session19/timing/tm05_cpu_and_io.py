"""Timing: two threads alternate a little CPU work with sleeps (the GIL serializes the CPU part)."""
import threading
import time

ROUNDS = 4
totals = {}


BURN_ITERATIONS = 20000


def burn():  # weft: cpu CALIBRATED
    acc = 0
    for i in range(BURN_ITERATIONS):
        acc += i * i
    return acc


def worker(name):
    acc = 0
    for _ in range(ROUNDS):
        acc += burn() % 1000
        time.sleep(0.005)
    totals[name] = acc


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    finished = len(totals)
