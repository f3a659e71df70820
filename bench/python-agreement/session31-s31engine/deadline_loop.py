# A worker polls until its deadline: `while time.monotonic() < deadline:` with a 10 ms sleep each pass.
import threading
import time

polls = 0
late_polls = 0


def worker():
    global polls
    deadline = time.monotonic() + 0.035
    while time.monotonic() < deadline:
        polls += 1
        time.sleep(0.01)


def watcher():
    global late_polls
    start = time.perf_counter_ns()
    time.sleep(0.02)
    if time.perf_counter_ns() - start >= 20_000_000:
        late_polls = polls


w = threading.Thread(target=worker)
v = threading.Thread(target=watcher)
w.start()
v.start()
w.join()
v.join()
print("polls:", polls, "seen by the watcher:", late_polls)
