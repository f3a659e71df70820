"""A logger reads sensor readings with get(timeout=...) and stops after a quiet period."""
import queue
import threading
import time

readings = queue.Queue()
log = []


def sensor(name, values, delay):
    for v in values:
        time.sleep(delay)
        readings.put((name, v))


def logger():
    quiet = 0
    while quiet < 2:
        try:
            name, value = readings.get(timeout=0.02)
        except queue.Empty:
            quiet += 1
            continue
        quiet = 0
        log.append(f"{name}={value}")


sensors = [
    threading.Thread(target=sensor, args=("temp", [21, 22, 22], 0.002)),
    threading.Thread(target=sensor, args=("hum", [40, 41], 0.003)),
]
collector = threading.Thread(target=logger)
collector.start()
for s in sensors:
    s.start()
for s in sensors:
    s.join()
collector.join()
print("logged:", len(log))
print("temps:", [entry for entry in log if entry.startswith("temp")])
print("queue empty:", readings.empty())
