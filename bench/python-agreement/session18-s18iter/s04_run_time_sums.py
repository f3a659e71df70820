# bug: lost update: each job counts, with generator sums over a range known only at run time and over
# the words of a line, and adds to a shared total without a lock.
# CPython 3.11 (10 runs): total=6 every run; weft explore: complete, total=6 and the lost update
# total=3 (each job adds 3).
from concurrent.futures import ThreadPoolExecutor

total = 0


def is_even(n):
    if n % 2 == 0:
        return True
    return False


def job(task):
    global total
    bounds, line = task
    low, high = bounds
    found = sum(1 for n in range(low, high) if is_even(n))
    letters = sum(len(word) for word in line.split() if word != "x")
    total += found + letters


with ThreadPoolExecutor(max_workers=2) as executor:
    executor.map(job, [((0, 4), "a x"), ((1, 4), "bc x")])
print(f"total={total}")
