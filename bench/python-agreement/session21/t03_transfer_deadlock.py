# BUG: deadlock: two transfers take the two account locks in opposite orders
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        with target.lock:
            source.balance -= amount
            target.balance += amount


def main():
    a = Account("a", 100)
    b = Account("b", 100)
    t1 = threading.Thread(target=transfer, args=(a, b, 10))
    t2 = threading.Thread(target=transfer, args=(b, a, 25))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("a =", a.balance, "b =", b.balance)


if __name__ == "__main__":
    main()
