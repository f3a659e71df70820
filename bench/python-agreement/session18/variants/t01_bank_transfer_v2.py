# BUG: check-then-act race: transfer checks the balance, then debits without holding a lock (overdraft)
import threading
from dataclasses import dataclass

OPENING_BALANCE = 100


@dataclass
class Account:
    owner: str
    balance: int = 0


alice = Account("alice", OPENING_BALANCE)
bob = Account("bob")
carol = Account("carol")
declined = []


def transfer(account, target, amount):
    if account.balance >= amount:
        new_balance = account.balance - amount
        account.balance = new_balance
        target.balance += amount
    else:
        declined.append(f"{account.owner}->{target.owner}:{amount}")


if __name__ == "__main__":
    threads = [threading.Thread(target=transfer, args=(alice, bob, 60)), threading.Thread(target=transfer, args=(alice, carol, 70))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert alice.balance >= 0, f"overdraft: {alice.balance}"
