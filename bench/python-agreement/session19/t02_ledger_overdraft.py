# BUG: check-then-act: withdraw checks the balance, then debits after a pause, so two withdrawals overdraw
import threading
import time

OPENING_BALANCE = 100


class Ledger:
    def __init__(self, opening):
        self.balance = opening
        self.entries = []

    def withdraw(self, amount, who):
        if self.balance >= amount:
            time.sleep(0.001)  # talk to the "fraud service"
            self.balance -= amount
            self.entries.append(f"{who}:-{amount}")
            return True
        self.entries.append(f"{who}:declined")
        return False


ledger = Ledger(OPENING_BALANCE)


def customer(name, amount):
    ledger.withdraw(amount, name)


if __name__ == "__main__":
    workers = [
        threading.Thread(target=customer, args=("alice", 70)),
        threading.Thread(target=customer, args=("bob", 60)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert ledger.balance >= 0, f"overdrawn: {ledger.balance}"
