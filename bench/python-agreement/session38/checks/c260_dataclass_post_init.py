# ordered
# __post_init__ computes a derived field; threads read it.
import threading
from dataclasses import dataclass, field

log = []


@dataclass
class Invoice:
    net: int
    rate: int = 20
    gross: int = field(init=False)

    def __post_init__(self):
        self.gross = self.net + self.net * self.rate // 100


def worker(net):
    inv = Invoice(net)
    log.append(inv.gross)
    log.append(Invoice(net, 10).gross)


t = threading.Thread(target=worker, args=(50,))
t.start()
t.join()
print(log)
