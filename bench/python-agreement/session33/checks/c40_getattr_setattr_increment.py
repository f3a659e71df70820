import threading
import time


class Meter:
    def __init__(self):
        self.reads = 0


meter = Meter()


def bump():
    value = getattr(meter, "reads")
    time.sleep(0)
    setattr(meter, "reads", value + 1)


threads = [threading.Thread(target=bump) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(meter.reads)
