# A list as a class attribute is shared by every instance: each sensor's readings land in one list.
import threading

log = []


class Sensor:
    readings = []

    def __init__(self, name):
        self.name = name

    def record(self, value):
        self.readings.append(value)


sensors = [Sensor("a"), Sensor("b")]


def run(sensor, value):
    sensor.record(value)


threads = [threading.Thread(target=run, args=(s, v)) for s, v in zip(sensors, [1, 2])]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(len(sensors[0].readings))
log.append(len(sensors[1].readings))
print(log)
