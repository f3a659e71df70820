# A class attribute read through instances, bumped through the class by threads; an instance attribute of the same value kept apart.
import threading


class Sensor:
    readings = 0
    limit = 5

    def __init__(self, name):
        self.name = name
        self.local_readings = 0

    def read(self):
        self.local_readings += 1
        Sensor.readings += 1
        return self.limit - self.local_readings


a = Sensor("a")
b = Sensor("b")
left = [0, 0]


def poll(sensor, slot):
    for _ in range(2):
        left[slot] = sensor.read()


threads = [threading.Thread(target=poll, args=(a, 0)), threading.Thread(target=poll, args=(b, 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = a.readings + b.local_readings
