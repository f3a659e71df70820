# BUG: transfers between accounts of a list, each chosen by an index that comes from a queue, test the
# source's balance under no lock: two transfers out of one account can both see enough money.
import queue
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def take(self, amount):
        with self.lock:
            self.balance -= amount
            return self.balance


accounts = [Account(100), Account(0), Account(0)]
transfers = queue.Queue()
overdrawn = []


def transfer(source, target, amount):
    if accounts[source].balance >= amount:
        left = accounts[source].take(amount)
        if left < 0:
            overdrawn.append(source)
        with accounts[target].lock:
            accounts[target].balance += amount


def teller():
    while True:
        job = transfers.get()
        if job is None:
            break
        source, target, amount = job
        transfer(source, target, amount)


transfers.put((0, 1, 80))
transfers.put((0, 2, 80))
transfers.put(None)
transfers.put(None)
tellers = [threading.Thread(target=teller) for _ in range(2)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
balances = [a.balance for a in accounts]
print("balances", balances, "overdrawn", overdrawn)
assert sum(balances) == 100
assert overdrawn == []
