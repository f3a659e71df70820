# Expected: RLock lets transfer() call deposit()/withdraw() while holding the lock; total money stays 200, no deadlock.
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
            self.balance -= amount

    def transfer_to(self, other, amount):
        with self.lock:
            self.withdraw(amount)
            other.deposit(amount)


alice = Account(100)
bob = Account(100)
t1 = threading.Thread(target=alice.transfer_to, args=(bob, 30))
t2 = threading.Thread(target=alice.transfer_to, args=(bob, 20))
t1.start()
t2.start()
t1.join()
t2.join()
assert alice.balance + bob.balance == 200
print(alice.balance, bob.balance)
