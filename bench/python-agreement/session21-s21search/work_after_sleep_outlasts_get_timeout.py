"""A producer sleeps 100 ms, then does plain Python arithmetic (360,000 loop passes, about 300 ms in
CPython 3.11.7 on this machine) and puts; the consumer waits 130 ms with `q.get(timeout=0.13)`.
CPython: outcome='timeout'. weft before s21search: the sleep gave the program a time window, under which
the loop's steps take no time, so the put came at 100 ms, before the deadline, and `weft explore` said
"complete within a 20ms time window" with outcome='got' only."""
import queue
import threading
import time

SIZE = 600

q = queue.Queue()
outcome = ""


def producer():
    time.sleep(0.1)
    total = 0
    for i in range(SIZE):
        for j in range(SIZE):
            total += (i * j + i // 3 - j % 5) % 7
    q.put(total)


def consumer():
    global outcome
    try:
        q.get(timeout=0.13)
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
