# A process pool's map, then a dict comprehension whose key is an arithmetic expression of the item:
# two results fall in one bucket and the later one wins, as in CPython.
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        squares = pool.map(square, [1, 2, 3, 4, 5])
    buckets = {s % 7: s for s in squares}
    print(squares, buckets)
    assert buckets == {1: 1, 4: 25, 2: 16}
