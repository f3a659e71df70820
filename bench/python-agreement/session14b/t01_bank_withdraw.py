# Known bug: withdraw checks the balance before taking the lock (check-then-act), so two withdrawals of 80 can both pass and the balance goes negative.
import threading
import time


class BankAccount:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()
        self.declined = 0

    def withdraw(self, amount):
        if self.balance >= amount:
            time.sleep(0.001)  # talk to the fraud service
            with self.lock:
                self.balance -= amount
            return True
        with self.lock:
            self.declined += 1
        return False


account = BankAccount(100)


def customer(amount):
    account.withdraw(amount)


def main():
    threads = [threading.Thread(target=customer, args=(80,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"balance={account.balance} declined={account.declined}")


if __name__ == "__main__":
    main()
