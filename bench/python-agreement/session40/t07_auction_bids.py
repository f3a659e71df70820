# Auction: bidders raise the highest bid under a lock; the lot goes to the top bidder. Bug: none.
import threading
from dataclasses import dataclass, field


@dataclass
class Lot:
    name: str
    best: int = 0
    winner: str = ""
    history: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bid(self, who, amount):
        with self.lock:
            if amount > self.best:
                self.best = amount
                self.winner = who
                self.history.append(amount)
                return True
            return False


vase = Lot("vase")
accepted = {}


def bidder(who, amounts):
    wins = 0
    for a in amounts:
        if vase.bid(who, a):
            wins += 1
    accepted[who] = wins


bidders = {"kim": [10, 40, 70], "lee": [20, 50, 90], "max": [30, 60, 80]}
threads = [threading.Thread(target=bidder, args=(w, a)) for w, a in bidders.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

best = vase.best
winner = vase.winner
increasing = vase.history == sorted(vase.history)
print(f"best={best} winner={winner} increasing={increasing} top={vase.history[-1]}")
