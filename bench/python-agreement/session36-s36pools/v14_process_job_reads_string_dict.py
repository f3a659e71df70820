"""A process pool job reads a module dict of strings by key and returns a length."""
from concurrent.futures import ProcessPoolExecutor

NAMES = {"a": "alpha", "b": "be"}
total = 0


def size(key):
    return len(NAMES[key])


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        total = sum(ex.map(size, ["a", "b"]))
    print(total)
