"""A thread polls every 2 ms (a pass within half the 20 ms window): still taken as a spin-wait,
woken at the flag's write; the writer's write at 300 ms comes long after, so the poller sees 0
(CPython too: its poll at about 52 ms is long before 300 ms)."""
import threading
import time

ready = 0
late = 0
seen = -1


def setter():
    global ready
    time.sleep(0.05)
    ready = 1


def late_writer():
    global late
    time.sleep(0.3)
    late = 1


def poller():
    global seen
    while ready == 0:
        time.sleep(0.002)
    seen = late


threads = [threading.Thread(target=f) for f in (setter, late_writer, poller)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
