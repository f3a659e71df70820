import threading
from concurrent.futures import ThreadPoolExecutor


class Bank:
    def __init__(self, balances):
        self.balances = balances
        self.locks = {name: threading.Lock() for name in balances}
        self.rejected = 0
        self.stats_lock = threading.Lock()

    def transfer(self, source, target, amount):
        # always lock in name order so opposite transfers cannot deadlock
        first, second = (source, target) if source < target else (target, source)
        with self.locks[first], self.locks[second]:
            if self.balances[source] < amount:
                with self.stats_lock:
                    self.rejected += 1
                return False
            self.balances[source] -= amount
            self.balances[target] += amount
            return True


bank = Bank({"ann": 50, "ben": 20, "cat": 0})
moves = [
    ("ann", "ben", 30),
    ("ben", "ann", 40),
    ("ben", "cat", 10),
    ("cat", "ann", 5),
]



def run_move(move):
    return bank.transfer(move[0], move[1], move[2])


with ThreadPoolExecutor(max_workers=3) as pool:
    outcomes = list(pool.map(run_move, moves))

print("balances:", bank.balances, "total:", sum(bank.balances.values()))
print("accepted:", outcomes.count(True), "rejected:", bank.rejected)
