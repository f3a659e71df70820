"""A monitor walks a shared dict's values while a writer inserts a key, with no `try`: when the insert
lands during the walk, CPython's RuntimeError ends the monitor's thread (a traceback); otherwise the
walk sees every value."""
import threading
import time

stats = {1: 10, 2: 20, 3: 30}
seen = 0


def monitor():
    global seen
    for v in stats.values():
        seen += v
        time.sleep(0.001)


def writer():
    time.sleep(0.0015)
    stats[4] = 40


m = threading.Thread(target=monitor)
w = threading.Thread(target=writer)
m.start()
w.start()
m.join()
w.join()
print(seen, len(stats))
