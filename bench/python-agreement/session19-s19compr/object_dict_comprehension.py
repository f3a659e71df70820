# A dict comprehension of instances at module level (session18/t01's form), keys from a tuple and from
# an f-string over a range; threads move money under a lock, so the total is kept.
# CPython 3.11.7 (10 runs): ok (1 state).
# Under weft explore: 1 outcome, complete, CPython's. Refused before session 19 at the comprehension.
import threading
from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: int = 0


class Counter:
    def __init__(self):
        self.hits = 0


accounts = {name: Account(name) for name in ("alice", "bob")}
counters = {f"c{i}": Counter() for i in range(2)}
accounts["alice"].balance = 50
accounts["bob"].balance = 50
lock = threading.Lock()


def move(source, target, amount):
    with lock:
        if accounts[source].balance >= amount:
            accounts[source].balance -= amount
            accounts[target].balance += amount
    counter = counters["c0"] if source == "alice" else counters["c1"]
    with lock:
        counter.hits += 1


if __name__ == "__main__":
    threads = [
        threading.Thread(target=move, args=("alice", "bob", 30)),
        threading.Thread(target=move, args=("bob", "alice", 70)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert accounts["alice"].balance + accounts["bob"].balance == 100
