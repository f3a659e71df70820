"""A worker does ~30 ms of plain Python arithmetic; main joins it with a 5 ms time-out and reads is_alive().
CPython 3.11.7: finished_first=1 in 7 runs, finished_first=0 in 3 (agree.py --runs 10, 2026-11-30 11:07 UTC, load 17). weft (s20cost): both, incomplete at the 30 s limit (the give-up tried at every later loop step); before, finished_first=1 only under 'complete'."""
import threading

ITERATIONS = 300000

finished_first = -1


def crunch():
    total = 0
    for i in range(ITERATIONS):
        total += i % 7


if __name__ == "__main__":
    worker = threading.Thread(target=crunch)
    worker.start()
    worker.join(timeout=0.005)
    finished_first = 0 if worker.is_alive() else 1
    worker.join()
