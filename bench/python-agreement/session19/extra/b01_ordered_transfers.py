"""Transfers between accounts that take both locks in a fixed order (by account id): no deadlock, money conserved."""
import threading


class Account:
    def __init__(self, account_id, balance):
        self.account_id = account_id
        self.balance = balance
        self.lock = threading.Lock()


a = Account(1, 100)
b = Account(2, 100)
transfers = 0
count_lock = threading.Lock()


def transfer(src, dst, amount):
    global transfers
    first, second = (src, dst) if src.account_id < dst.account_id else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                with count_lock:
                    transfers += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=transfer, args=(a, b, 30)), threading.Thread(target=transfer, args=(b, a, 50))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = a.balance + b.balance
    assert total == 200
