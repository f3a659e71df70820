# BUG: wrong lock: deposits and withdrawals guard the same balance with two different locks
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.deposit_lock = threading.Lock()
        self.withdraw_lock = threading.Lock()

    def deposit(self, amount):
        with self.deposit_lock:
            current = self.balance
            self.balance = current + amount

    def withdraw(self, amount):
        with self.withdraw_lock:
            current = self.balance
            if current >= amount:
                self.balance = current - amount
                return True
            return False


def run_deposits(account, amounts):
    for a in amounts:
        account.deposit(a)


def run_withdrawals(account, amounts, refused):
    for a in amounts:
        if not account.withdraw(a):
            refused.append(a)


acct = Account(100)
refused = []
threads = [
    threading.Thread(target=run_deposits, args=(acct, [50, 25])),
    threading.Thread(target=run_withdrawals, args=(acct, [30, 60], refused)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = 100 + 50 + 25 - 30 - 60 + sum(refused)
print(f"balance={acct.balance} expected={expected} refused={refused}")
print("consistent" if acct.balance == expected else "LOST UPDATE")
