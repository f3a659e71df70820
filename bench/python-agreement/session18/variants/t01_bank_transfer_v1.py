# BUG: check-then-act race: transfer checks the balance, then debits without holding a lock (overdraft)
import threading
from dataclasses import dataclass

OPENING_BALANCE = 100
TRANSFERS = [("alice", "bob", 60), ("alice", "carol", 70)]


@dataclass
class Account:
    owner: str
    balance: int = 0


alice = Account("alice", OPENING_BALANCE)
bob = Account("bob")
carol = Account("carol")
accounts = {"alice": alice, "bob": bob, "carol": carol}
declined = []


def transfer(source, target, amount):
    account = accounts[source]
    if account.balance >= amount:
        new_balance = account.balance - amount
        account.balance = new_balance
        accounts[target].balance += amount
    else:
        declined.append(f"{source}->{target}:{amount}")


if __name__ == "__main__":
    threads = [threading.Thread(target=transfer, args=t) for t in TRANSFERS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert alice.balance >= 0, f"overdraft: {alice.balance}"
