"""A process pool maps over the results of its own earlier map (integers)."""
from multiprocessing import Pool


def square(n):
    return n * n


def halve(n):
    result = n // 2
    if n % 2:
        result += 1
    return result


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        squares = pool.map(square, [3, 4, 5])
        halves = pool.map(halve, squares)
    total = sum(halves)
    print(squares, halves, total)
    assert halves == [5, 8, 13]
