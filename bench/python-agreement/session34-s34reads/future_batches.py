# Workers of a thread pool return lists; the caller reads each result exactly: membership, count,
# a slice and an unpacking.
from concurrent.futures import ThreadPoolExecutor


def split_even(n):
    evens = []
    for i in range(n):
        if i % 2 == 0:
            evens.append(i)
    return evens


with ThreadPoolExecutor(max_workers=2) as pool:
    a = pool.submit(split_even, 5)
    b = pool.submit(split_even, 3)
    first = a.result()
    second = b.result()

low, high = second
print(4 in first, first.count(2), first[1:], low + high, len(first))
