# A property whose getter counts reads.
import threading


class Meter:
    def __init__(self):
        self._value = 5
        self.reads = 0

    @property
    def value(self):
        self.reads += 1
        return self._value


m = Meter()
got = 0


def worker():
    global got
    got = m.value + m.value


t = threading.Thread(target=worker)
t.start()
t.join()
print(got, m.reads)
