"""A ProcessPoolExecutor job adds None to an int: the TypeError comes back through the future."""
from concurrent.futures import ProcessPoolExecutor

BONUS = {"ann": 5, "bo": None}
totals = []
failed = []


def pay(name):
    return 100 + BONUS[name]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(pay, n) for n in ("ann", "bo")]
        for name, f in zip(("ann", "bo"), futures):
            try:
                totals.append(f.result())
            except TypeError:
                failed.append(name)
    print(totals, failed)
