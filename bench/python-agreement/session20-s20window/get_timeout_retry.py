# CPython 3.11.7 (agree.py --runs 10, 2026-11-30 11:00 UTC, load average 15): ok got=[1, 2, 3] with
# misses=0 (1 run), 1 (3), 2 (3), 3 (3). weft: misses 0 to 5, complete within the 20 ms window; the first
# schedule is misses=2, the clocks' order (it was misses=4 before session 20).
# A consumer thread polls a queue with `get(timeout=0.01)` and counts its misses while a producer puts
# three items 2, 25 and 3 ms apart: the 25 ms gap makes the consumer miss once or twice (its 10 ms
# time-outs), the 2 and 3 ms gaps never in the order of the clocks. weft's first schedule under the
# 20 ms time window is that run (session 20).
import queue
import threading
import time

q = queue.Queue()
got = []
misses = 0


def producer():
    for gap, item in ((0.002, 1), (0.025, 2), (0.003, 3)):
        time.sleep(gap)
        q.put(item)


def consumer():
    global misses
    while len(got) < 3:
        try:
            got.append(q.get(timeout=0.01))
        except queue.Empty:
            misses += 1


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
assert got == [1, 2, 3]
