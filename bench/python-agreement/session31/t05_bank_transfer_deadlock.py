# BUG: transfer() locks the source account first, so two opposite transfers can deadlock (lock-order inversion)
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"{self.name}={self.balance}"


def transfer(src, dst, amount):
    with src.lock:
        with dst.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
            return False


alice = Account("alice", 100)
bob = Account("bob", 50)
completed = []


def pay_many(src, dst, amounts):
    for amount in amounts:
        if transfer(src, dst, amount):
            completed.append((src.name, dst.name, amount))


t1 = threading.Thread(target=pay_many, args=(alice, bob, [10, 20]))
t2 = threading.Thread(target=pay_many, args=(bob, alice, [5, 15]))
t1.start()
t2.start()
t1.join()
t2.join()

total = alice.balance + bob.balance
print(alice, bob)
print("transfers:", len(completed), "total:", total)
assert total == 150
