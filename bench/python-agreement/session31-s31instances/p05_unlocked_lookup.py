# BUG: lost update: tellers look accounts up by names from a queue and update the balance by a read and a later write, without the account's lock
import queue
import threading
import time


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


accounts = {"alice": Account(100), "bob": Account(50)}
deposits = queue.Queue()


def teller():
    while True:
        deposit = deposits.get()
        if deposit is None:
            break
        account = accounts[deposit[0]]
        balance = account.balance
        time.sleep(0.01)  # talk to the bank
        account.balance = balance + deposit[1]


for deposit in (("alice", 10), ("alice", 20), ("bob", 5)):
    deposits.put(deposit)
tellers = [threading.Thread(target=teller) for _ in range(2)]
for t in tellers:
    t.start()
for t in tellers:
    deposits.put(None)
for t in tellers:
    t.join()
alice = accounts["alice"].balance
bob = accounts["bob"].balance
print("alice", alice, "bob", bob)
