# BUG: atomicity violation: the reporter reads the window's sum and its length in two steps while the
# sensor thread appends and trims between them, so the average can be computed from mismatched values.
import threading

WINDOW = 3


class SlidingWindow:
    def __init__(self):
        self.samples = []
        self.total = 0
        self.lock = threading.Lock()

    def add(self, value):
        with self.lock:
            self.samples.append(value)
            self.total += value
        with self.lock:
            if len(self.samples) > WINDOW:
                self.total -= self.samples.pop(0)

    def snapshot_total(self):
        with self.lock:
            return self.total

    def snapshot_count(self):
        with self.lock:
            return len(self.samples)


def sensor(window, readings):
    for r in readings:
        window.add(r)


def reporter(window, reports):
    for _ in range(3):
        total = window.snapshot_total()
        count = window.snapshot_count()
        if count:
            reports.append((total, count))


window = SlidingWindow()
reports = []
s = threading.Thread(target=sensor, args=(window, [10, 20, 30, 40, 50]))
r = threading.Thread(target=reporter, args=(window, reports))
s.start(); r.start()
s.join(); r.join()
print("final window", window.samples, "total", window.total)
bad = [(t, c) for (t, c) in reports if c > WINDOW]
print("reports", len(reports), "over-full", len(bad))
