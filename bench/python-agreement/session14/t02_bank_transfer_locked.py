# Expected: a.balance + b.balance == 200 and both stay non-negative (no bug: one lock per account, ordered by id)
import threading


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    first, second = (source, target) if source.ident < target.ident else (target, source)
    with first.lock:
        with second.lock:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount
                return True
            return False


a = Account(1, 100)
b = Account(2, 100)


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
