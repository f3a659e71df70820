# Check: a default argument takes the global's value when the def runs; a later change (by a thread) is not seen through it. Bug: stale default (deliberate).
import threading

LIMIT = 3


def clamp(x, limit=LIMIT):
    return min(x, limit)


def reconfigure():
    global LIMIT
    LIMIT = 100


t = threading.Thread(target=reconfigure)
t.start()
t.join()
with_default = clamp(50)
with_global = clamp(50, LIMIT)
print(f"with_default={with_default} with_global={with_global}")
