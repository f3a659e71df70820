# each pool job tallies n numbers by their remainder in a local dict and returns how many remainders it saw
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def distinct(n):
    counts = {}
    for i in range(n):
        counts[i % 3] = counts.get(i % 3, 0) + 1
    return len(counts)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        sizes = pool.map(distinct, [1, 2, 5])
    with ProcessPoolExecutor(max_workers=2) as ex:
        again = list(ex.map(distinct, [2, 4]))
    total = sum(sizes) + sum(again)
    print(f"total={total}")
