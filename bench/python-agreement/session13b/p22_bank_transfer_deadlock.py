# Known bug: two transfers lock accounts in opposite order (from, then to): can deadlock.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


alice = Account(100)
bob = Account(100)


def transfer(source, target, amount):
    with source.lock:
        with target.lock:
            source.balance -= amount
            target.balance += amount


def main():
    t1 = threading.Thread(target=transfer, args=(alice, bob, 30))
    t2 = threading.Thread(target=transfer, args=(bob, alice, 10))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(f"alice={alice.balance} bob={bob.balance}")


if __name__ == "__main__":
    main()
