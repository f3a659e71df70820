# BUG: deadlock — two transfers take the two account locks in opposite orders
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        time.sleep(0.001)  # some bookkeeping while holding the first lock
        with dst.lock:
            src.balance -= amount
            dst.balance += amount


def main():
    a = Account("a", 100)
    b = Account("b", 100)
    t1 = threading.Thread(target=transfer, args=(a, b, 10))
    t2 = threading.Thread(target=transfer, args=(b, a, 20))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("balances", a.balance, b.balance)


if __name__ == "__main__":
    main()
