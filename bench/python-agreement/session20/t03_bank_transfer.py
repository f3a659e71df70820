# BUG: deadlock: transfer() locks the source account then the destination, so two opposite transfers can each hold one lock and wait for the other
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


alice = Account("alice", 100)
bob = Account("bob", 100)


def transfer(source, target, amount):
    time.sleep(0.0005)  # audit log write
    with source.lock:
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount
                return True
    return False


def pay_many(source, target, times, amount):
    for _ in range(times):
        transfer(source, target, amount)


if __name__ == "__main__":
    t1 = threading.Thread(target=pay_many, args=(alice, bob, 2, 10))
    t2 = threading.Thread(target=pay_many, args=(bob, alice, 2, 5))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    total = alice.balance + bob.balance
    assert total == 200
    print(f"alice={alice.balance} bob={bob.balance}")
