"""A time-window program: one thread does ~40 ms of plain Python arithmetic then sets a flag; the other
sleeps 10 ms and reads it. CPython 3.11.7: seen=1 in 10 runs of 10 (agree.py --runs 10, 2026-11-30 11:13 UTC, load 16: the reader is started and woken only at GIL hand-overs, after the loop). With a 50 ns step cost under the time window weft listed seen=0 only (incomplete): its clocks leave out the GIL hand-overs, so the import writes no step cost under a window (docs/python.md, "What Python statements cost")."""
import threading
import time

ITERATIONS = 400000

flag = 0
seen = -1


def crunch():
    global flag
    total = 0
    for i in range(ITERATIONS):
        total += i % 7
    flag = 1


def reader():
    global seen
    time.sleep(0.01)
    seen = flag


if __name__ == "__main__":
    a = threading.Thread(target=crunch)
    b = threading.Thread(target=reader)
    a.start()
    b.start()
    a.join()
    b.join()
