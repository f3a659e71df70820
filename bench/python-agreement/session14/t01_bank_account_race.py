# Known bug: lost update on account.balance (deposit/withdraw read-modify-write without a lock)
import threading
import time
import random


class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        current = self.balance
        time.sleep(random.uniform(0, 0.002))  # simulate a slow database round trip
        self.balance = current + amount

    def withdraw(self, amount):
        current = self.balance
        time.sleep(random.uniform(0, 0.002))
        self.balance = current - amount


account = BankAccount("alice", 100)


def main():
    threads = [
        threading.Thread(target=account.deposit, args=(50,)),
        threading.Thread(target=account.withdraw, args=(30,)),
        threading.Thread(target=account.deposit, args=(20,)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"Final balance for {account.owner}: {account.balance} (expected 140)")


if __name__ == "__main__":
    main()
