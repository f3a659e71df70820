# BUG: a thread pool's jobs each add to their account's balance with a read-then-write and no lock; two jobs share one account.
from concurrent.futures import ThreadPoolExecutor
import time


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


alice = Account("alice", 10)
bob = Account("bob", 5)
DEPOSITS = [alice, bob, alice]


def deposit(account):
    seen = account.balance
    time.sleep(0.001)
    account.balance = seen + 10
    return account.owner


with ThreadPoolExecutor(max_workers=3) as pool:
    owners = list(pool.map(deposit, DEPOSITS))
print(f"owners={owners} alice={alice.balance} bob={bob.balance}")
assert alice.balance == 30, f"lost deposit: alice={alice.balance}"
