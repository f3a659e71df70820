"""`print(", ".join(str(f.result()) for f in fs))` over futures: each a wait, the second raises
(before session 21 weft read the generator only: `ok`)."""
from concurrent.futures import ThreadPoolExecutor


def work(n):
    if n == 1:
        raise KeyError(n)
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(work, i) for i in range(3)]
    print("results:", ", ".join(str(f.result()) for f in fs))
