"""BUG: a snapshot `[balance, balance]` taken while a thread writes: the two items may differ."""
import threading

balance = 100
low = 0
high = 0


def deposit():
    global balance
    for _ in range(2):
        balance += 50


def main():
    global low, high
    t = threading.Thread(target=deposit)
    t.start()
    snapshot = [balance, balance]
    low = snapshot[0]
    high = snapshot[1]
    t.join()
    assert low == high, "the snapshot saw two balances"


main()
