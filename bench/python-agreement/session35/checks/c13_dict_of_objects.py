"""A dict of account objects; two threads move money between them without a lock."""
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance


accounts = {"a": Account(10), "b": Account(5)}
balance_a = 0
balance_b = 0


def move(src, dst, amount):
    if accounts[src].balance >= amount:
        accounts[src].balance -= amount
        accounts[dst].balance += amount


threads = [threading.Thread(target=move, args=("a", "b", 7)), threading.Thread(target=move, args=("a", "b", 6))]
for t in threads:
    t.start()
for t in threads:
    t.join()
balance_a = accounts["a"].balance
balance_b = accounts["b"].balance
print(balance_a, balance_b)
