# BUG: lost update: two threads add to one attribute without a lock
import threading
import time


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance


def deposit(account: Account, amount: int) -> None:
    current = account.balance
    time.sleep(0.001)
    account.balance = current + amount


savings = Account(10)
checking = Account(5)
threads = [
    threading.Thread(target=deposit, args=(savings, 1)),
    threading.Thread(target=deposit, args=(savings, 2)),
    threading.Thread(target=deposit, args=(checking, 4)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
balances = [savings.balance, checking.balance]
print(max(balances), min(balances))
assert sum(balances) == 22, "an update was lost"
