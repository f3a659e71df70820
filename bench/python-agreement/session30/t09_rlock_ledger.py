import threading
from dataclasses import dataclass, field


@dataclass
class Ledger:
    balance: int = 0
    entries: list = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def _record(self, kind, amount):
        with self.lock:  # re-entered from deposit and withdraw
            self.entries.append((kind, amount, self.balance))

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self._record("dep", amount)

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                self._record("refused", amount)
                return False
            self.balance -= amount
            self._record("wd", amount)
            return True


ledger = Ledger(balance=10)
start_gate = threading.Event()


def customer(ops):
    start_gate.wait()
    for kind, amount in ops:
        if kind == "dep":
            ledger.deposit(amount)
        else:
            ledger.withdraw(amount)


threads = [
    threading.Thread(target=customer, args=([("dep", 5), ("wd", 20)],)),
    threading.Thread(target=customer, args=([("wd", 12), ("dep", 7)],)),
]
for t in threads:
    t.start()
start_gate.set()
for t in threads:
    t.join()

refused = [e for e in ledger.entries if e[0] == "refused"]
print("balance:", ledger.balance, "entries:", len(ledger.entries), "refused:", len(refused))
