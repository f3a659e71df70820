"""apply_async callbacks inside a function: `callback=tripled.append` of the function's own list, the
pool made and joined there; a second call makes a second pool, list and result handler."""
from multiprocessing import Pool


def triple(n: int) -> int:
    return 3 * n


def run(items: list[int]) -> int:
    tripled: list[int] = []
    with Pool(processes=2) as pool:
        for n in items:
            pool.apply_async(triple, (n,), callback=tripled.append)
        pool.close()
        pool.join()
    return sum(tripled)


if __name__ == "__main__":
    first = run([1, 2, 3])
    second = run([10])
    print(first, second)
    assert (first, second) == (18, 30)
