# A string repeated by a count known only at run time (a queue's item), then searched 2,000 times
# (tens of ms in CPython) against a 20 ms queue get's time-out: CPython prints "timeout".
import queue
import threading

sizes = queue.Queue()
results = queue.Queue()
outcome = "unknown"


def crunch():
    n = sizes.get()
    text = "xy-" * n
    hits = 0
    for i in range(2000):
        hits += text.find("zz") + 1
    results.put(hits)


t = threading.Thread(target=crunch)
t.start()
sizes.put(2000)
try:
    results.get(timeout=0.02)
    outcome = "got"
except queue.Empty:
    outcome = "timeout"
t.join()
print(outcome)
