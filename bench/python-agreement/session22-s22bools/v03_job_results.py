# Bools that jobs hand back: a future's result by name, through as_completed, ex.map walked and
# listed, a lambda job; the text of each is True/False.
from concurrent.futures import ThreadPoolExecutor, as_completed

texts = []


def is_even(n):
    return n % 2 == 0


with ThreadPoolExecutor(max_workers=2) as ex:
    fut = ex.submit(is_even, 4)
    one = fut.result()
    futures = [ex.submit(is_even, n) for n in (1, 3)]
    for f in as_completed(futures):
        texts.append(f"done {f.result()}")
    for r in ex.map(is_even, [1, 2]):
        texts.append(f"each {r}")
    mapped = list(ex.map(is_even, [5, 6]))
    lam = ex.submit(lambda: is_even(8)).result()
texts.append(f"one {one}")
texts.append(f"list {mapped[0]} {mapped[1]}")
texts.append(f"lambda {lam}")
