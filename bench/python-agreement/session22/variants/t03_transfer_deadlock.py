# BUG: deadlock: transfer locks the source account then the destination, so two opposite transfers can each hold one lock
import threading


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        with dst.lock:
            src.balance -= amount
            dst.balance += amount


def run_transfers(src, dst, amount, times):
    for _ in range(times):
        transfer(src, dst, amount)


a = Account(1, 500)
b = Account(2, 500)
workers = [
    threading.Thread(target=run_transfers, args=(a, b, 10, 5)),
    threading.Thread(target=run_transfers, args=(b, a, 20, 5)),
]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(a.balance, b.balance)
assert a.balance + b.balance == 1000
