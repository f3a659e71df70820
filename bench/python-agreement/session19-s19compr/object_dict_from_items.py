# A dict comprehension of dataclass instances over the items() of a module dict nobody writes and over a tuple
# of pairs (session18/t01 and m03's forms together); two payments under a lock, in either order.
# CPython 3.11.7 (10 runs): ok, alice 110, bob 10 (1 state: the first payment's thread runs first).
# Under weft explore: 2 outcomes (either payment first), complete, CPython's among them (agree.py records the
# module dict only, which both share: 1 outcome there).
import threading
from dataclasses import dataclass

OPENING = {"alice": 100, "bob": 20}


@dataclass
class Account:
    owner: str
    balance: int


accounts = {name: Account(name, amount) for name, amount in OPENING.items()}
pairs = {name: Account(name, amount) for name, amount in (("x", 1), ("y", 2))}
lock = threading.Lock()


def pay(source, target, amount):
    with lock:
        src = accounts[source]
        if src.balance >= amount:
            src.balance -= amount
            accounts[target].balance += amount
        pairs["x"].balance += 1


ts = [threading.Thread(target=pay, args=a) for a in [("alice", "bob", 50), ("bob", "alice", 60)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(accounts["alice"].balance, accounts["bob"].balance, pairs["x"].balance)
assert accounts["alice"].balance + accounts["bob"].balance == 120
