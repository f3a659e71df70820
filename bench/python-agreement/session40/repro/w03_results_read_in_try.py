# Wrong words (from held-out f06): the futures are made by a comprehension outside the `try`, at the top of the
# `with` body (the form the refusal itself recommends); only their results are read inside `try:` by a list
# comprehension. The refusal says "a future or task made inside an `if`, a loop or a `try` ... cannot be
# followed", pointing at `[f.result() for f in futures]`: nothing is made there. (The same read as
# `sum(f.result() for f in futures)` inside the try imports.)
# CPython: prints sizes=[6, 6]. Command: weft import bench/python-agreement/session40/repro/w03_results_read_in_try.py
from concurrent.futures import ThreadPoolExecutor

sizes = []


def measure(unit):
    return len(unit)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(measure, u) for u in ["main.c", "util.c"]]
    try:
        sizes = [f.result() for f in futures]
    except ValueError:
        sizes = []
print(f"sizes={sizes}")
