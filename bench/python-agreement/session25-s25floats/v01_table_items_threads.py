"""Threads made over `.items()`, `.keys()` and `.values()` of a dict of floats known at import time
(session23/a01's form with threads): each thread's name and delay known, in the dict's order."""
import threading
import time

DELAYS = {"fast": 0.002, "slow": 0.01, "mid": 0.005}
finished = []


def fetch(name, delay):
    time.sleep(delay)
    finished.append(name)


threads = [threading.Thread(target=fetch, args=(name, delay)) for name, delay in DELAYS.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
names = [k for k in DELAYS.keys()]
longest = 0.0
for d in DELAYS.values():
    if d > longest:
        longest = d
print(finished, names, longest)
