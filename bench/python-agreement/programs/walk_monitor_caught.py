"""A monitor sums a shared dict of stats, item by item, while a writer inserts new keys; CPython's
dict iterator raises RuntimeError ("dictionary changed size during iteration") at its next step when
the size changed, which the monitor catches and counts."""
import threading
import time

stats = {1: 10, 2: 20}
seen = 0
errors = 0


def monitor():
    global seen, errors
    try:
        for k, v in stats.items():
            seen += v
            time.sleep(0.001)
    except RuntimeError:
        errors += 1


def writer():
    for k in (3, 4):
        time.sleep(0.001)
        stats[k] = 10 * k


m = threading.Thread(target=monitor)
w = threading.Thread(target=writer)
m.start()
w.start()
m.join()
w.join()
print(seen, errors, len(stats))
