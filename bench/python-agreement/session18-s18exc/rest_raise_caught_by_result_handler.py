# CPython 3.11.7 (10 runs): ['stop', 'stop'] [0] every run
# a raise in the rest of `try: left = f.result()` of the class its `except ValueError` catches: the handler runs,
# as it does for the job's own ValueError
from concurrent.futures import ThreadPoolExecutor

stock = [1]
log = []


def take(n):
    left = stock[0]
    if left <= 0:
        raise ValueError("none left")
    stock[0] = left - 1
    return left - 1


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(take, 1), pool.submit(take, 2)]
for f in futures:
    try:
        left = f.result()
        if left == 0:
            raise ValueError("took the last one")
        log.append("more")
    except ValueError:
        log.append("stop")
print(log, stock)
