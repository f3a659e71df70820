"""Threads withdraw from a shared account of their own exception class; a withdrawal that finds the
balance too low raises InsufficientFunds, which the thread catches and counts. The check and the
update are not under one lock, so how many withdrawals fail depends on the interleaving."""
import threading

balance = 3
failures = 0
withdrawn = 0
count_lock = threading.Lock()


class InsufficientFunds(Exception):
    pass


def withdraw(amount):
    global balance, withdrawn
    seen = balance
    if seen < amount:
        raise InsufficientFunds("balance too low")
    balance = seen - amount
    withdrawn += amount


def customer():
    global failures
    for _ in range(2):
        try:
            withdraw(1)
        except InsufficientFunds as e:
            print("refused:", e)
            with count_lock:
                failures += 1


threads = [threading.Thread(target=customer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance, failures, withdrawn)
