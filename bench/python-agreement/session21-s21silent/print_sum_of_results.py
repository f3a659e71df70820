"""`print("total", sum(f.result() for f in fs))`: a generator of waits inside a print; one job raises,
and so does the main thread (before session 21 weft read the generator only: `ok`)."""
from concurrent.futures import ThreadPoolExecutor


def work(n):
    if n == 2:
        raise ValueError("bad")
    return n * n


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(work, i) for i in range(3)]
    print("total", sum(f.result() for f in fs))
