"""Left for "Not yet": a THREAD polls a flag every 100 ms; the setter sets it at 250 ms and a third
thread writes `x` at 280 ms, before the poller's next poll (300 ms).
CPython 3.11: seen = 1 in 4 of 6 runs on this loaded machine (0 in 2). weft (start and this branch): the thread's poll is a spin-wait
whatever its pass, woken at the write it goes on at 250 ms, 30 ms (more than the 20 ms window) before
the third's write: `seen = 0` alone, "complete within a 20ms time window" (a MISS). Coroutines' polls
take a pass longer than half the window round in virtual time since session 36; the same rule for
threads changes the explored outputs of thread scenarios and was left to a later session."""
import threading
import time

ready = 0
x = 0
seen = -1


def setter():
    global ready
    time.sleep(0.25)
    ready = 1


def third():
    global x
    time.sleep(0.28)
    x = 1


def poller():
    global seen
    while ready == 0:
        time.sleep(0.1)
    seen = x


threads = [threading.Thread(target=f) for f in (setter, third, poller)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
