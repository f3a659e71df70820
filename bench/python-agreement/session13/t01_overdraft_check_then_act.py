# Known bug: check-then-act on the balance without a lock; both withdrawals pass the check and the balance goes negative (assert fails).
import threading
import time

balance = 100


def withdraw(amount):
    global balance
    if balance >= amount:
        time.sleep(0.01)  # talk to the bank's back end
        balance -= amount
        print(f"withdrew {amount}, balance now {balance}")
    else:
        print(f"refused {amount}")


t1 = threading.Thread(target=withdraw, args=(80,))
t2 = threading.Thread(target=withdraw, args=(70,))
t1.start()
t2.start()
t1.join()
t2.join()
assert balance >= 0, f"overdrawn: {balance}"
