"""ProcessPoolExecutor jobs submitted one by one read a module list nothing writes."""
from concurrent.futures import ProcessPoolExecutor

SIZES = [4, 5, 6]
total = 0


def size(i):
    return SIZES[i] * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(size, i) for i in range(3)]
        for f in futures:
            total += f.result()
    print(total)
