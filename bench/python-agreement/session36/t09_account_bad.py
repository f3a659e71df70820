# BUG: atomicity violation: account_bad (SCTBench): withdraw checks the balance under the lock, releases
# it, then subtracts under the lock again; two withdrawals both pass the check and overdraw the account.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def can_withdraw(self, amount):
        with self.lock:
            return self.balance >= amount

    def withdraw(self, amount):
        if self.can_withdraw(amount):
            with self.lock:
                self.balance -= amount
                self.history.append(-amount)
                return True
        return False

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(amount)


account = Account(100)
results = {}


def customer(name, amount):
    results[name] = account.withdraw(amount)


threads = [
    threading.Thread(target=customer, args=("rent", 70)),
    threading.Thread(target=customer, args=("car", 60)),
    threading.Thread(target=account.deposit, args=(5,)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

balance = account.balance
print(f"balance={balance} results={dict(sorted(results.items()))} history={sorted(account.history)}")
assert balance >= 0, f"overdrawn: {balance}"
