"""A process pool job reads a module dict the main process changes before submitting: refused."""
from concurrent.futures import ProcessPoolExecutor

BONUS = {"ann": 5, "bo": 7}
total = 0


def pay(name):
    return 100 + BONUS[name]


if __name__ == "__main__":
    BONUS["ann"] = 6
    with ProcessPoolExecutor(max_workers=2) as ex:
        total = ex.submit(pay, "ann").result()
    print(total)
