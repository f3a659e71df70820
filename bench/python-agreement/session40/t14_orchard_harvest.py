# Orchard harvest: pickers add apples to a shared Crate object; crate.add reads, pauses, writes. Bug: lost update in a method (no lock).
import threading
import time


class Crate:
    def __init__(self):
        self.apples = 0
        self.pickers = set()

    def add(self, who, n):
        count = self.apples
        time.sleep(0.0005)
        self.apples = count + n
        self.pickers.add(who)


crate = Crate()
expected = 0


def picker(who, rows):
    for row in rows:
        crate.add(who, row)


rows = {"ada": [3, 2], "bo": [4, 1], "cy": [5]}
expected = sum(sum(r) for r in rows.values())
threads = [threading.Thread(target=picker, args=(w, r)) for w, r in rows.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

apples = crate.apples
lost = expected - apples
print(f"apples={apples} expected={expected} lost={lost} pickers={len(crate.pickers)}")
