# Expected: an RLock lets withdraw() call balance_ok() under the same lock; balance never negative (final 10).
import threading


class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def balance_ok(self, amount):
        with self.lock:
            return self.balance >= amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance_ok(amount):
                self.balance -= amount


wallet = Wallet(70)


def spend(amount):
    wallet.withdraw(amount)


def main():
    threads = [threading.Thread(target=spend, args=(30,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"balance: {wallet.balance}")
    assert wallet.balance >= 0


if __name__ == "__main__":
    main()
