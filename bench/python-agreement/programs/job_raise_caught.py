"""A job raises when it finds the shared balance too low; the caller catches ValueError around
f.result() and counts the refusals. Which jobs refuse depends on the order the jobs run in."""
from concurrent.futures import ThreadPoolExecutor

balance = 2
refused = 0
total = 0


def withdraw(amount):
    global balance
    seen = balance
    if seen < amount:
        raise ValueError("insufficient funds")
    balance = seen - amount
    return amount


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(withdraw, n) for n in (1, 2, 1)]
    for f in fs:
        try:
            total += f.result()
        except ValueError:
            refused += 1
print(balance, refused, total)
