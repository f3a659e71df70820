"""One thread does plain Python arithmetic (300,000 loop passes, about 60 ms in CPython 3.11.7 on this
machine) then sets a flag; the other sleeps 30 ms and reads it. CPython: seen=0. weft before s21search:
the time window (20 ms) offered the reader's read only once the cruncher's clock came within 20 ms of it,
and the loop's steps take no time under the window, so the read came after the flag was set: seen=1
only (the search ended at its time limit, incomplete, with CPython's state missing)."""
import threading
import time

ITERATIONS = 300000

flag = 0
seen = -1


def crunch():
    global flag
    total = 0
    for i in range(ITERATIONS):
        total += (i * 3 + i // 5) % 7
    flag = 1


def reader():
    global seen
    time.sleep(0.03)
    seen = flag


if __name__ == "__main__":
    a = threading.Thread(target=crunch)
    b = threading.Thread(target=reader)
    a.start()
    b.start()
    a.join()
    b.join()
