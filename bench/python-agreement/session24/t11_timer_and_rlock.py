"""A heartbeat Timer that is cancelled before it fires, one that fires, and an RLock re-entered by a method."""
import threading
import time


class Ledger:
    def __init__(self):
        self._lock = threading.RLock()
        self.entries = []
        self.total = 0

    def add(self, amount):
        with self._lock:
            self.entries.append(amount)
            self._recompute()

    def _recompute(self):
        with self._lock:  # re-entered from add()
            self.total = sum(self.entries)


ledger = Ledger()
fired = []

late = threading.Timer(0.5, lambda: fired.append("late"))
soon = threading.Timer(0.01, lambda: fired.append("soon"))
late.start()
soon.start()
adders = [threading.Thread(target=ledger.add, args=(n,)) for n in (5, 10, 20)]
for t in adders:
    t.start()
for t in adders:
    t.join()
late.cancel()
soon.join()
late.join()
print(fired, ledger.total)
assert fired == ["soon"]
assert ledger.total == 35
