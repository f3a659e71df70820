"""A global list display with a run-time item, then a thread appends to it."""
import threading


class Gauge:
    def __init__(self) -> None:
        self.level = 0


gauge = Gauge()


def fill() -> None:
    gauge.level += 5


def record() -> None:
    readings.append(gauge.level * 10)


filler = threading.Thread(target=fill)
filler.start()
filler.join()
readings = [gauge.level, 1]
recorder = threading.Thread(target=record)
recorder.start()
recorder.join()
print(readings)
assert readings == [5, 1, 50]
