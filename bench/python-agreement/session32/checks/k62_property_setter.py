# A property setter that clamps the value.
import threading


class Gauge:
    def __init__(self):
        self._level = 0

    @property
    def level(self):
        return self._level

    @level.setter
    def level(self, v):
        self._level = min(v, 10)


g = Gauge()


def worker():
    g.level = 25


t = threading.Thread(target=worker)
t.start()
t.join()
print(g.level)
