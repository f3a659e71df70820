import threading

log = []


class Meter:
    unit = "kWh"

    def __init__(self, reading):
        self._reading = reading

    @property
    def reading(self):
        return self._reading * 10

    @classmethod
    def zero(cls):
        return cls(0)

    @staticmethod
    def label(n):
        return f"m{n}"


def read(n):
    m = Meter(n)
    log.append((Meter.label(n), m.reading, Meter.zero().reading, m.unit))


threads = [threading.Thread(target=read, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
