"""ProcessPoolExecutor.map with chunksize over a function that only computes its result.

CPython runs the 7 items as 3 jobs (chunks of 3, 3, 1), each chunk's results coming back
together; a job per item gives the same list, in the same order, since no item can fail and the
jobs touch nothing of the parent's."""
from concurrent.futures import ProcessPoolExecutor


def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        sums = list(executor.map(digit_sum, [19, 28, 505, 7, 1000, 99, 123], chunksize=3))
    biggest = max(sums)
    print(sums, biggest)
    assert sums == [10, 10, 10, 7, 1, 18, 6]
