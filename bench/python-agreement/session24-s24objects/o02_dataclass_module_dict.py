import threading
from dataclasses import dataclass, field


@dataclass
class Bank:
    balances: dict
    lock: threading.Lock = field(default_factory=threading.Lock)

    def transfer(self, src, dst, amount):
        with self.lock:
            if self.balances[src] < amount:
                return False
            self.balances[src] -= amount
            self.balances[dst] += amount
            return True

    def total(self):
        with self.lock:
            return sum(self.balances.values())


START = {"alice": 100, "bob": 50, "carol": 0}


def main():
    bank = Bank(START)
    results = []

    def client(src, dst, amount, n):
        for _ in range(n):
            results.append(bank.transfer(src, dst, amount))

    threads = [
        threading.Thread(target=client, args=("alice", "bob", 30, 2)),
        threading.Thread(target=client, args=("bob", "carol", 40, 2)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bank.total() == 150
    print("balances", sorted(bank.balances.items()))
    print("succeeded", results.count(True))


main()
