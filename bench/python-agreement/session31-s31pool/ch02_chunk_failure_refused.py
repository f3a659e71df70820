"""chunksize where an item fails: CPython loses the chunk's earlier results.

Chunks of 2: [4, 0], [1, 2]. 100 // 0 fails the first chunk, so the loop raises at once, at the
chunk's first item: 4's result (25) is never seen. A job per item would record 25 first, which
CPython never does; weft refuses chunksize whenever a job of the pool may raise."""
from concurrent.futures import ProcessPoolExecutor

seen = []


def share(n: int) -> int:
    return 100 // n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        try:
            for value in executor.map(share, [4, 0, 1, 2], chunksize=2):
                seen.append(value)
        except ZeroDivisionError:
            seen.append(-1)
    print(seen)
    assert seen == [-1]
