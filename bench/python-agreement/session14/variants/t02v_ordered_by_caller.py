# Expected: a.balance + b.balance == 200 and both stay non-negative (no bug: one lock per account, ordered by id)
# Variant of t02_bank_transfer_locked.py: the conditional tuple that orders the locks replaced by a module-level lock order
import threading


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with lock_order[0]:
        with lock_order[1]:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount
                return True
            return False


a = Account(1, 100)
b = Account(2, 100)
lock_order = (a.lock, b.lock)


def worker(src, dst, amount, times):
    for _ in range(times):
        transfer(src, dst, amount)


def main():
    t1 = threading.Thread(target=worker, args=(a, b, 30, 5))
    t2 = threading.Thread(target=worker, args=(b, a, 20, 5))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    total = a.balance + b.balance
    assert total == 200, f"money created or destroyed: {total}"
    print(f"a={a.balance} b={b.balance} total={total}")


if __name__ == "__main__":
    main()
