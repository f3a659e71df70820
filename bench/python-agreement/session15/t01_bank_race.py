# bug: lost update -- deposit and withdraw read the balance, pause, then write it back without a lock
import threading
import time


class BankAccount:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        current = self.balance
        time.sleep(0.001)  # simulate talking to the database
        self.balance = current + amount

    def withdraw(self, amount):
        current = self.balance
        time.sleep(0.001)
        self.balance = current - amount


account = BankAccount(100)

t1 = threading.Thread(target=account.deposit, args=(50,))
t2 = threading.Thread(target=account.withdraw, args=(30,))
t1.start()
t2.start()
t1.join()
t2.join()

print(f"Final balance: {account.balance}")  # expected 120
