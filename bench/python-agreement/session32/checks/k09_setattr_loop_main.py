# setattr in a loop in the main thread over a dict's items, then a thread reads.
import threading


class Limits:
    def __init__(self):
        self.low = 0
        self.high = 0


limits = Limits()
for name, value in {"low": 2, "high": 8}.items():
    setattr(limits, name, value)
seen = []


def check():
    seen.append(limits.high - limits.low)


t = threading.Thread(target=check)
t.start()
t.join()
print(seen)
