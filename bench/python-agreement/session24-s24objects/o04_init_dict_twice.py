# One dict handed to __init__ is kept under two attributes: both name the same dict (Python hands the object).
import threading


class Ledger:
    def __init__(self, accounts):
        self.accounts = accounts
        self.view = accounts
        self.lock = threading.Lock()

    def move(self, src, dst, amount):
        with self.lock:
            if self.accounts[src] >= amount:
                self.accounts[src] -= amount
                self.view[dst] += amount


def main():
    ledger = Ledger({"a": 10, "b": 0})
    threads = [threading.Thread(target=ledger.move, args=("a", "b", 4)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(ledger.accounts["a"], ledger.view["b"])
    assert ledger.accounts["a"] + ledger.accounts["b"] == 10


main()
