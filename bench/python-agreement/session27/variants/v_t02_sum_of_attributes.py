# BUG: deadlock: two transfers in opposite directions take the account locks in opposite orders
import threading
import time


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source: Account, target: Account, amount: int) -> None:
    with source.lock:
        time.sleep(0.001)  # fetch the exchange rate
        with target.lock:
            source.balance -= amount
            target.balance += amount


alice = Account("alice", 100)
bob = Account("bob", 50)
threads = [
    threading.Thread(target=transfer, args=(alice, bob, 30)),
    threading.Thread(target=transfer, args=(bob, alice, 20)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = alice.balance + bob.balance
print(f"alice={alice.balance} bob={bob.balance}")
assert total == 150
