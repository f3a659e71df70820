# s20cost, 2026-11-30 (agree.py --runs 10, load 18): CPython done_in_time=1 in 6, 0 in 4; weft with step_cost
# 50ns lists both, incomplete at the 30 s limit (was 1 only under 'complete').
"""A worker does ~30 ms of plain Python arithmetic, then sets an Event; the main thread waits 5 ms for it.
CPython: the wait times out in some runs (done_in_time=0; in others the GIL hand-over lets the worker
finish first). weft costs the loop's steps as no time: `weft explore` says complete with done_in_time=1 only."""
import threading

ITERATIONS = 300000

finished = threading.Event()
checksum = 0
done_in_time = -1


def crunch():
    global checksum
    total = 0
    for i in range(ITERATIONS):
        total += i % 7
    checksum = total
    finished.set()


if __name__ == "__main__":
    worker = threading.Thread(target=crunch)
    worker.start()
    ok = finished.wait(timeout=0.005)
    done_in_time = 1 if ok else 0
    worker.join()
