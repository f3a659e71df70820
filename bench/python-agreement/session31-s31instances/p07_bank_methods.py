# A bank whose methods look accounts up by a name from a queue: `self.accounts[name].deposit(amount)` and `account = self.accounts[name]` then `return account.balance`.
import queue
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


class Bank:
    def __init__(self):
        self.accounts = {"alice": Account(100), "bob": Account(50)}

    def pay(self, name, amount):
        self.accounts[name].deposit(amount)

    def audit(self, name):
        account = self.accounts[name]
        return account.balance


bank = Bank()
orders = queue.Queue()
seen = []


def clerk():
    while True:
        order = orders.get()
        if order is None:
            break
        bank.pay(order[0], order[1])
        seen.append(bank.audit(order[0]))


for order in (("alice", 5), ("bob", 7), ("alice", 1)):
    orders.put(order)
clerks = [threading.Thread(target=clerk) for _ in range(2)]
for c in clerks:
    c.start()
for c in clerks:
    orders.put(None)
for c in clerks:
    c.join()
alice = bank.accounts["alice"].balance
bob = bank.accounts["bob"].balance
print(alice, bob, sorted(seen))
