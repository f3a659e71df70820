# apply_async(...).get() chained inside `with Pool(...)`: each job is waited for where it starts, so the
# end of the `with` (terminate()) kills nothing.
from multiprocessing import Pool


def square(n):
    return n * n


def add(a, b):
    return a + b


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        first = pool.apply_async(square, (3,)).get(timeout=5)
        second = pool.apply_async(add, (first, 1)).get()
        squares = [pool.apply_async(square, (i,)).get() for i in range(4)]
    print("first", first, "second", second, "squares", squares)
    assert second == 10 and squares == [0, 1, 4, 9]
