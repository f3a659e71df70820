# A dict of account objects looked up by a run-time key; unlocked += races.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance


accounts = {"alice": Account(10), "bob": Account(20)}


def deposit(who, amount):
    acct = accounts[who]
    acct.balance += amount


ts = [threading.Thread(target=deposit, args=("alice", 5)), threading.Thread(target=deposit, args=("alice", 7))]
for t in ts:
    t.start()
for t in ts:
    t.join()
alice = accounts["alice"].balance
bob = accounts["bob"].balance
print(alice, bob)
