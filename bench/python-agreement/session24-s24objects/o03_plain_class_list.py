import threading
from dataclasses import dataclass, field


class Bank:
    def __init__(self, balances):
        self.balances = balances
        self.lock = threading.Lock()

    def transfer(self, src, dst, amount):
        with self.lock:
            if self.balances[src] < amount:
                return False
            self.balances[src] -= amount
            self.balances[dst] += amount
            return True

    def total(self):
        with self.lock:
            return sum(self.balances)


def main():
    bank = Bank([100, 50, 0])
    results = []

    def client(src, dst, amount, n):
        for _ in range(n):
            results.append(bank.transfer(src, dst, amount))

    threads = [
        threading.Thread(target=client, args=(0, 1, 30, 2)),
        threading.Thread(target=client, args=(1, 2, 40, 2)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bank.total() == 150
    print("balances", bank.balances)
    print("succeeded", results.count(True))


main()
