# setattr at module level before a thread reads the attribute.
import threading


class Limits:
    def __init__(self):
        self.high = 0


limits = Limits()
setattr(limits, "high", 8)
seen = []


def check():
    seen.append(limits.high)


t = threading.Thread(target=check)
t.start()
t.join()
print(seen)
