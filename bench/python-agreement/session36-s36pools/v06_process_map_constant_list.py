"""ProcessPoolExecutor.map over jobs that read a module list nothing writes."""
from concurrent.futures import ProcessPoolExecutor

SIZES = [4, 5, 6]
total = 0


def size(i):
    return SIZES[i] * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        for value in ex.map(size, range(3)):
            total += value
    print(total)
