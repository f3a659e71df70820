# Threads summarise readings with any, all, min with default, max with a key, and a generator sum. No bug.
import threading

readings = {"north": [3, 8, 1], "south": [], "east": [5, 5]}
summary = {}
lock = threading.Lock()


def summarise(zone):
    values = readings[zone]
    odd = sum(1 for v in values if v % 2)
    text = f"{any(v > 4 for v in values)}/{all(v > 0 for v in values)}/{min(values, default=0)}/{odd}"
    with lock:
        summary[zone] = text


threads = [threading.Thread(target=summarise, args=(z,)) for z in readings]
for t in threads:
    t.start()
for t in threads:
    t.join()
busiest = max(readings, key=lambda z: len(readings[z]))
print(sorted(summary.items()), busiest)
