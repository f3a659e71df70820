"""A producer runs a short loop of plain Python arithmetic (300 passes, tens of microseconds) and then puts;
the consumer waits 10 us with `q.get(timeout=0.00001)`. CPython 3.11.7: outcome='got' in 6 runs,
'timeout' in 4 (agree.py --runs 10, 2026-11-30 11:17 UTC, load 17). weft before s20cost: 'got' only under
'complete' (the loop's 602 steps took no time); now both, complete in 6 schedules."""
import queue
import threading

PASSES = 300

q = queue.Queue()
outcome = ""


def producer():
    total = 0
    for i in range(PASSES):
        total += (i * i) % 7
    q.put(total)


def consumer():
    global outcome
    try:
        q.get(timeout=0.00001)
        outcome = "got"
    except queue.Empty:
        outcome = "timeout"


if __name__ == "__main__":
    c = threading.Thread(target=consumer)
    p = threading.Thread(target=producer)
    c.start()
    p.start()
    c.join()
    p.join()
