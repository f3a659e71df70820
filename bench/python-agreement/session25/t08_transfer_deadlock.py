# BUG: deadlock: transfers lock the two accounts in argument order, so opposite transfers can deadlock
import threading


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount


alice = Account("alice", 100)
bob = Account("bob", 50)

t1 = threading.Thread(target=transfer, args=(alice, bob, 30))
t2 = threading.Thread(target=transfer, args=(bob, alice, 20))
t1.start()
t2.start()
t1.join()
t2.join()

print(alice.owner, alice.balance, bob.owner, bob.balance)
assert alice.balance + bob.balance == 150
