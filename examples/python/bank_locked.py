"""The bank balance with a lock: every interleaving ends at 900."""
import threading

balance = 500
lock = threading.Lock()


def deposit(amount):
    global balance
    with lock:
        balance += amount


def withdraw(amount):
    global balance
    with lock:
        balance -= amount


def main():
    t1 = threading.Thread(target=deposit, args=(500,))
    t2 = threading.Thread(target=withdraw, args=(100,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    assert balance == 900
    print(f"final balance: {balance}")


if __name__ == "__main__":
    main()
