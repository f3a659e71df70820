# CPython 3.11.7 (10 runs): ['low', 'refused'] 4 every run
# a job's result checked in the rest of `try: r = f.result() / except ValueError`, a KeyError raised there goes past it
from concurrent.futures import ThreadPoolExecutor

balance = [10]
log = []


def withdraw(amount):
    current = balance[0]
    if current < amount:
        raise ValueError("too low")
    balance[0] = current - amount
    return balance[0]


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(withdraw, 6), pool.submit(withdraw, 6)]

for f in futures:
    try:
        try:
            left = f.result()
            if left < 5:
                raise KeyError("low")
            log.append("ok")
        except ValueError:
            log.append("refused")
    except KeyError:
        log.append("low")
print(log, balance[0])
