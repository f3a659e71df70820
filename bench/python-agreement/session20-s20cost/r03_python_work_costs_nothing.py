# s20cost, 2026-11-30 (agree.py --runs 10, load 18): CPython outcome='timeout' 10 of 10; weft with step_cost 50ns
# lists 'timeout' and 'got', incomplete at the 30 s limit (was 'got' only under 'complete').
"""A producer does ~40 ms of plain Python arithmetic (360,000 loop steps), then puts; the consumer waits
5 ms with `q.get(timeout=0.005)`. CPython: outcome='timeout' in every run. weft costs the loop's steps as
no time (the producer's 720,602 steps finish at 303us by its clocks), so the put comes before the deadline
and `weft explore` says "complete: these are all the outcomes" with outcome='got' only."""
import queue
import threading

SIZE = 600

q = queue.Queue()
outcome = ""


def producer():
    total = 0
    for i in range(SIZE):
        for j in range(SIZE):
            total += (i * j) % 7
    q.put(total)


def consumer():
    global outcome
    try:
        q.get(timeout=0.005)
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
