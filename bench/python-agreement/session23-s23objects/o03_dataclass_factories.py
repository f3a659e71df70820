import threading
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Ledger:
    owner: str
    entries: list = field(default_factory=list)
    totals: dict = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, item, amount):
        with self.lock:
            self.entries.append(amount)
            self.totals[item] += amount


ledger = Ledger("shop")


def clerk(item, amount):
    for _ in range(3):
        ledger.record(item, amount)


threads = [threading.Thread(target=clerk, args=("tea", 2)), threading.Thread(target=clerk, args=("jam", 5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(ledger.owner, sum(ledger.entries), dict(ledger.totals))
assert len(ledger.entries) == 6
