"""The bank balance race: a deposit and a withdrawal update one balance without a lock.

Run by Python it most often prints 400 (both threads read 500 during the sleep), sometimes 900 or 1000;
weft explores every interleaving and lists all three.
"""
import threading
import time

balance = 500


def deposit(amount):
    global balance
    current = balance  # read balance
    time.sleep(0.001)  # the thread is switched out between the read and the write
    balance = current + amount


def withdraw(amount):
    global balance
    current = balance
    time.sleep(0.001)
    balance = current - amount


def main():
    t1 = threading.Thread(target=deposit, args=(500,))
    t2 = threading.Thread(target=withdraw, args=(100,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(f"final balance: {balance}")


if __name__ == "__main__":
    main()
