# A module list nobody writes, handed to a process pool's job (weft's own "does not load" before).
from multiprocessing import Pool

PRICES = [3, 4, 5]
LABELS = ("a", "b")
digest = 0


def checksum(values):
    return sum(values) % 1000


def count(items):
    return len(items)


def main():
    global digest
    with Pool(processes=2) as pool:
        digest = pool.apply_async(checksum, (PRICES,)).get(timeout=5)
        sizes = pool.map(count, [LABELS, LABELS])
    print("digest", digest, "sizes", sizes, "labels", len(LABELS))


if __name__ == "__main__":
    main()
