# CPython: a done callback's exception is logged ("exception calling callback") and ignored: ok after == 6.
# weft explore: "complete", fault only. With `raise RuntimeError(...)` written out (checks/c14) weft is right.
from concurrent.futures import ThreadPoolExecutor

after = 0
table = {}


def job():
    return 5


def callback(future):
    value = table["missing"]


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    f.add_done_callback(callback)
after = f.result() + 1
