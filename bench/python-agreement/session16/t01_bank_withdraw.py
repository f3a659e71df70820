# bug: check-then-act on the balance without a lock lets two withdrawals overdraw the account
import threading
import time


class BankAccount:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if self.balance >= amount:
            time.sleep(0.001)  # talk to the ledger service
            self.balance -= amount
            return True
        return False


account = BankAccount("alice", 100)
approved = []


def customer(name, amount):
    if account.withdraw(amount):
        approved.append(name)


threads = [threading.Thread(target=customer, args=(n, 80)) for n in ("atm", "online")]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"balance={account.balance} approved={approved}")
assert account.balance >= 0, "overdrawn!"
