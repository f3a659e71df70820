# CPython 3.11.7, 10 runs (agree.py): ok count['n']=2 started=['ann', 'bob'] (10 of 10); weft: that state and assertion_failed (the lost update), complete.
"""The main code starts a thread per name of a list known at import time, skipping one name
(`continue`) and stopping at another (`break`), with a `for ... else` that never runs: each jump is
decided at import time, so the loop unrolls into the passes Python runs (threads started there). The
two workers race on a shared count without a lock: a lost update."""
import threading

NAMES = ["ann", "skip", "bob", "stop", "cy"]
count = {"n": 0}
started = []


def work(name):
    count["n"] += 1


threads = []
for name in NAMES:
    if name == "skip":
        continue
    elif name == "stop":
        break
    t = threading.Thread(target=work, args=(name,))
    t.start()
    threads.append(t)
    started.append(name)
else:
    started.append("all")
for t in threads:
    t.join()
assert count["n"] == 2
