"""A bank account object: withdraw checks the balance, then takes the money, with no lock in between."""
import threading
import time


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if self.balance >= amount:
            time.sleep(0.001)
            self.balance -= amount
            return True
        return False


account = Account(100)


def customer(amount):
    account.withdraw(amount)


customers = [threading.Thread(target=customer, args=(80,)), threading.Thread(target=customer, args=(50,))]
for c in customers:
    c.start()
for c in customers:
    c.join()
print("balance:", account.balance)
assert account.balance >= 0, "overdrawn"
