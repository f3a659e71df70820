# An account whose methods call each other under one RLock. No bug.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                return False
            self.balance -= amount
            return True

    def move_to(self, other, amount):
        with self.lock:
            if self.withdraw(amount):
                other.deposit(amount)
                return True
            return False


a = Account(100)
b = Account(0)
results = []


def mover(amount):
    results.append(a.move_to(b, amount))


threads = [threading.Thread(target=mover, args=(x,)) for x in (60, 70)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(a.balance, b.balance, sorted(results))
