import threading
import time
from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: int


class InsufficientFunds(Exception):
    pass


class Bank:
    def __init__(self):
        self.accounts = {"ann": Account("ann", 100), "bob": Account("bob", 50)}
        self.lock = threading.Lock()
        self.audit = []

    def transfer(self, src, dst, amount):
        with self.lock:
            a = self.accounts[src]
            b = self.accounts[dst]
            if a.balance < amount:
                raise InsufficientFunds(f"{src} has {a.balance}")
            a.balance -= amount
            time.sleep(0.001)
            b.balance += amount
            self.audit.append(amount)


bank = Bank()
failures = 0
fail_lock = threading.Lock()


def client(src, dst, amounts):
    global failures
    for amount in amounts:
        try:
            bank.transfer(src, dst, amount)
        except InsufficientFunds:
            with fail_lock:
                failures += 1


threads = [
    threading.Thread(target=client, args=("ann", "bob", [30, 80])),
    threading.Thread(target=client, args=("bob", "ann", [60, 10])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
ann = bank.accounts["ann"].balance
bob = bank.accounts["bob"].balance
moved = sum(bank.audit)
print(ann, bob, failures, moved)
