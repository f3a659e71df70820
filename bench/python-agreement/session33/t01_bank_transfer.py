# BUG: deadlock: transfer() takes the source account's lock first, so two opposite transfers can each hold one lock and wait for the other
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"{self.name}={self.balance}"


def transfer(source, target, amount):
    with source.lock:
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount
                return True
            return False


def run_transfers(source, target, amounts, log):
    for amount in amounts:
        ok = transfer(source, target, amount)
        log.append((source.name, target.name, amount, ok))


def main():
    alice = Account("alice", 100)
    bob = Account("bob", 50)
    log = []
    workers = [
        threading.Thread(target=run_transfers, args=(alice, bob, [30, 40], log)),
        threading.Thread(target=run_transfers, args=(bob, alice, [20, 70], log)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    total = alice.balance + bob.balance
    refused = sum(1 for entry in log if not entry[3])
    print(alice, bob, "total", total, "refused", refused)


if __name__ == "__main__":
    main()
