import threading
from dataclasses import dataclass, field

@dataclass
class Account:
    name: str
    balance: int = 0
    history: list = field(default_factory=list)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

acct = Account("ann")
def worker(n):
    for _ in range(2):
        acct.deposit(n)
ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 10)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.balance, sorted(acct.history), acct)
