# A sensor aggregator in phases: 3 sensor threads each take a reading per phase, meet at a Barrier, and
# the barrier's action folds the phase's readings into a sliding window of the last 2 phase averages.
import threading
from collections import deque

SENSORS = 3
PHASES = 3
READINGS = {0: [20, 22, 21], 1: [30, 28, 35], 2: [10, 12, 11]}
phase_readings = []
window = deque(maxlen=2)
averages = []
lock = threading.Lock()


def close_phase():
    average = sum(phase_readings) // len(phase_readings)
    window.append(average)
    averages.append(sum(window) // len(window))
    phase_readings.clear()


barrier = threading.Barrier(SENSORS, action=close_phase)


def sensor(index):
    for phase in range(PHASES):
        value = READINGS[index][phase]
        with lock:
            phase_readings.append(value)
        barrier.wait()


threads = [threading.Thread(target=sensor, args=(i,)) for i in range(SENSORS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

last_window = list(window)
print(f"averages={averages} window={last_window} leftover={len(phase_readings)}")
