# bug: the method assigns `total` without self., so the instance's total never changes
import threading


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, n):
        total = self.total + n


tally = Tally()
ts = [threading.Thread(target=tally.add, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(tally.total)
