# A sensor aggregator with a sliding window: two sensor threads put (sensor, value) readings on a queue;
# the aggregator keeps the last 3 values per sensor and records the window's maximum after each reading.
import queue
import threading
import time
from collections import defaultdict, deque

readings = queue.Queue()
windows = defaultdict(lambda: deque(maxlen=3))
maxima = {}
counts = {"temp": 0, "humidity": 0}
DONE = None


def sensor(name, values, period):
    for value in values:
        readings.put((name, value))
        time.sleep(period)
    readings.put(DONE)


def aggregator(sensors):
    finished = 0
    while finished < sensors:
        item = readings.get()
        if item is DONE:
            finished += 1
            continue
        name, value = item
        windows[name].append(value)
        maxima[name] = max(windows[name])
        counts[name] += 1


sensors = [
    threading.Thread(target=sensor, args=("temp", [21, 25, 19, 18, 17], 0.001)),
    threading.Thread(target=sensor, args=("humidity", [40, 44, 41, 39], 0.002)),
]
agg = threading.Thread(target=aggregator, args=(len(sensors),))
agg.start()
for s in sensors:
    s.start()
for s in sensors:
    s.join()
agg.join()

final_windows = {name: list(w) for name, w in sorted(windows.items())}
print(f"maxima={dict(sorted(maxima.items()))} counts={counts} windows={final_windows}")
