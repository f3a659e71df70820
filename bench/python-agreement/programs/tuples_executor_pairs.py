# Expected: jobs on a thread pool return (n, n * n) pairs; main unpacks each result into a dict {0: 0, 1: 1, 2: 4}, and last holds the pair of the last job.
from concurrent.futures import ThreadPoolExecutor

squares = {}
last = None


def square(n):
    return n, n * n


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(square, i) for i in range(3)]
    for fut in futures:
        n, sq = fut.result()
        squares[n] = sq
        last = (n, sq)
print(squares, last)
