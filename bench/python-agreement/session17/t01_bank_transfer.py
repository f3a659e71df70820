# bug: deadlock: transfer() locks the source account first, so two opposite transfers can each hold one lock and wait for the other
import threading
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: int
    lock: threading.Lock = field(default_factory=threading.Lock)


def transfer(source: Account, target: Account, amount: int) -> None:
    with source.lock:
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount


alice = Account("alice", 100)
bob = Account("bob", 100)


def pay_rent():
    for _ in range(3):
        transfer(alice, bob, 10)


def refund():
    for _ in range(3):
        transfer(bob, alice, 5)


if __name__ == "__main__":
    threads = [threading.Thread(target=pay_rent), threading.Thread(target=refund)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"alice={alice.balance} bob={bob.balance}")
    assert alice.balance + bob.balance == 200
