"""Over-refusal with advice that does not help: a Barrier action whose body is `readings.clear()` (or a
`deque(maxlen=2).append(1)`) is refused as "the Barrier's action `close_phase` may raise ... catch the
error inside `close_phase`"; neither call can raise in CPython. `averages.append(sum(readings))` alone
imports. (Held-out t12_sensor_barrier, 30:9; its v1 and v2 wrap the divisions in try/except and stay
refused, because the `clear()` after the try is judged the same way.)

CPython 3.11: readings = []
weft (start binary of session 36): refused at 14:5 with the words above.
"""
import threading

readings = [1, 2]


def close_phase():
    readings.clear()


barrier = threading.Barrier(2, action=close_phase)


def sensor():
    barrier.wait()


threads = [threading.Thread(target=sensor) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(readings)
