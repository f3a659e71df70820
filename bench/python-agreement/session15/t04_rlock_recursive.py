# no bug: an RLock lets transfer() call withdraw() and deposit(), which take the same lock again
import threading


class Ledger:
    def __init__(self):
        self.lock = threading.RLock()
        self.checking = 500
        self.savings = 500
        self.transfers = 0

    def withdraw(self, amount):
        with self.lock:
            self.checking -= amount

    def deposit(self, amount):
        with self.lock:
            self.savings += amount

    def transfer(self, amount):
        with self.lock:
            self.withdraw(amount)
            self.deposit(amount)
            self.transfers += 1


ledger = Ledger()
workers = []
for amount in (10, 20, 30):
    w = threading.Thread(target=ledger.transfer, args=(amount,))
    workers.append(w)
    w.start()
for w in workers:
    w.join()

assert ledger.checking + ledger.savings == 1000
