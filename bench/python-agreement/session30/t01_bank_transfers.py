# BUG: deadlock: transfers lock the source account first, so two transfers in opposite directions can each hold one lock and wait forever for the other
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"{self.name}={self.balance}"


class InsufficientFunds(Exception):
    pass


def transfer(source, target, amount):
    with source.lock:
        if source.balance < amount:
            raise InsufficientFunds(f"{source.name} has {source.balance}")
        time.sleep(0.001)  # talk to the ledger service
        with target.lock:
            source.balance -= amount
            target.balance += amount


failures = []
done = []


def teller(name, source, target, amounts):
    for amount in amounts:
        try:
            transfer(source, target, amount)
        except InsufficientFunds as error:
            failures.append((name, str(error)))
    done.append(name)


def main():
    alice = Account("alice", 100)
    bob = Account("bob", 50)
    tellers = [
        threading.Thread(target=teller, args=("t1", alice, bob, [30, 30, 30])),
        threading.Thread(target=teller, args=("t2", bob, alice, [20, 40])),
    ]
    for t in tellers:
        t.daemon = True
        t.start()
    for t in tellers:
        t.join(timeout=0.2)
    stuck = [t.name for t in tellers if t.is_alive()]
    total = alice.balance + bob.balance
    print("balances:", alice, bob, "total:", total)
    print("finished:", sorted(done), "failures:", len(failures))
    print("deadlocked" if stuck else "ok")


if __name__ == "__main__":
    main()
