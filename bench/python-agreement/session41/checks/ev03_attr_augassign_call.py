# check: `self.balance += self.fee(x)` reads balance before the call that sleeps
import threading
import time


class Meter:
    def __init__(self):
        self.balance = 0

    def fee(self, units):
        time.sleep(0.001)
        return units * 2

    def charge(self, units):
        self.balance += self.fee(units)


meter = Meter()
threads = [threading.Thread(target=meter.charge, args=(u,)) for u in (1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(meter.balance)
