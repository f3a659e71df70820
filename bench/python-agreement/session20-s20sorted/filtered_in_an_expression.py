# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok result=4 in 10 of 10 runs; weft explore: that one outcome, complete (the comprehension inside `len(...)` goes to a line of its own, `filtered = [...]`, hoisting.rs).
"""A comprehension with a run-time `if` inside an expression (`len([...])` in an assert) and as an assignment."""
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


def main():
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(square, n) for n in range(4)]
        assert len([f.result() for f in futures if f.result() > 1]) == 2
        evens = [f.result() for f in futures if f.result() % 2 == 0]
        total = sum(evens)
    return total


if __name__ == "__main__":
    result = main()
