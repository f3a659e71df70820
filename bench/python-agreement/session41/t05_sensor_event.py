# bug: none
import threading
import time

start = threading.Event()
stop = threading.Event()
readings = {}
lock = threading.Lock()


def sensor(name, base):
    start.wait()
    count = 0
    while not stop.is_set() and count < 5:
        value = base + count * 0.5
        with lock:
            readings.setdefault(name, []).append(value)
        count += 1
        time.sleep(0.001)


sensors = [
    threading.Thread(target=sensor, args=("temp", 20.0)),
    threading.Thread(target=sensor, args=("humidity", 40.0)),
]
for s in sensors:
    s.start()

time.sleep(0.002)
with lock:
    before = len(readings)
start.set()
for s in sensors:
    s.join()
stop.set()

summary = {k: (len(v), round(sum(v) / len(v), 2)) for k, v in sorted(readings.items())}
print(f"before_start={before} summary={summary} flag={start.is_set()}")
