import threading


class Meter:
    def __init__(self):
        self._reads = 0
        self.level = 5

    @property
    def reading(self):
        self._reads += 1
        return self.level


meter = Meter()
seen = [0, 0]


def probe(slot):
    seen[slot] = meter.reading


ts = [threading.Thread(target=probe, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
reads = meter._reads
print(seen, reads)
