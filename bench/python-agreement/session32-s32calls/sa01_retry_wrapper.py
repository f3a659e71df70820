# A retry helper passes its *args and **kwargs on to the function it wraps; two threads withdraw
# through it from one account without a lock (the check and the write race)
import threading
import time

balance = 100
attempts = 0


def withdraw(amount, note="-"):
    global balance
    if balance >= amount:
        seen = balance
        time.sleep(0.001)
        balance = seen - amount
        return True
    return False


def with_retries(fn, *args, **kwargs):
    global attempts
    for _ in range(2):
        attempts += 1
        if fn(*args, **kwargs):
            return


def customer(amount):
    with_retries(withdraw, amount, note="atm")


threads = [threading.Thread(target=customer, args=(a,)) for a in (60, 70)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", balance, "attempts:", attempts)
