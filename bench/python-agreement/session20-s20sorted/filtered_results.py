# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok count=3 evens=[0, 4, 16] in 10 of 10 runs; weft explore: that one outcome, complete.
"""Squares computed by a pool; only the even ones are kept, in submission order."""
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


def main():
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(square, n) for n in range(5)]
        evens = [f.result() for f in futures if f.result() % 2 == 0]
    assert evens == [0, 4, 16]
    return len(evens)


if __name__ == "__main__":
    count = main()
