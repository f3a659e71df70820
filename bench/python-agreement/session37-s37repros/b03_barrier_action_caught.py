"""A Barrier's action whose division is inside `try: ... except Exception:`: nothing leaves the action."""
import threading

readings = []
averages = []
lock = threading.Lock()


def close_phase():
    try:
        averages.append(sum(readings) // len(readings))
    except Exception:
        averages.append(-1)
    readings.clear()


barrier = threading.Barrier(2, action=close_phase)


def sensor(value):
    for phase in range(2):
        with lock:
            readings.append(value * (phase + 1))
        barrier.wait()


threads = [threading.Thread(target=sensor, args=(v,)) for v in (2, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(averages, readings)
