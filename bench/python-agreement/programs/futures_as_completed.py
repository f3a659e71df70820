"""Squares summed in the order their jobs finish (`as_completed`); the total is the same in every order."""
from concurrent.futures import ThreadPoolExecutor, as_completed

total = 0

def square(n):
    return n * n

with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(square, i) for i in range(4)]
    for f in as_completed(futs):
        total += f.result()
assert total == 14
