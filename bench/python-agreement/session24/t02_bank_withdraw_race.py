# BUG: check-then-act race: two withdrawals both pass the balance check before either subtracts
import threading
import time


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if self.balance >= amount:
            # talking to the ledger service takes a moment
            time.sleep(0.001)
            self.balance -= amount
            return True
        return False


account = Account(100)
approved = []


def customer(name, amount):
    if account.withdraw(amount):
        approved.append(amount)


threads = [
    threading.Thread(target=customer, args=("alice", 70)),
    threading.Thread(target=customer, args=("bob", 60)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("balance", account.balance, "approved", approved)
assert account.balance >= 0, f"overdrawn: {account.balance}"
