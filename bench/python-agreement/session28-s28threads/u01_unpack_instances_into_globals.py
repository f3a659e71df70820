"""Instances unpacked into globals at the module's top level, then used by two threads."""
import threading


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()


def move(source: Account, target: Account, amount: int) -> None:
    with source.lock:
        source.balance -= amount
    with target.lock:
        target.balance += amount


alice, bob = Account("alice", 100), Account("bob", 50)
threads = [
    threading.Thread(target=move, args=(alice, bob, 30)),
    threading.Thread(target=move, args=(bob, alice, 20)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(alice.owner, alice.balance, bob.owner, bob.balance)
assert alice.balance + bob.balance == 150
