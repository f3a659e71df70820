# BUG: wrong lock: deposits take deposit_lock and withdrawals take withdraw_lock, so a deposit and a withdrawal race on balance
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


account = Account(100)


def depositor():
    for _ in range(2):
        account.deposit(10)


def withdrawer():
    for _ in range(2):
        account.withdraw(5)


threads = [threading.Thread(target=depositor), threading.Thread(target=withdrawer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance", account.balance, "expected", 100 + 20 - 10)
