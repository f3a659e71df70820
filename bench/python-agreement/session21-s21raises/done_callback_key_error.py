# A done callback's KeyError (a missing key, no `raise` statement): CPython's executor logs it
# ("exception calling callback for <Future ...>") and goes on, so `after` is 6.
# Before session 21 weft ended the run with the KeyError (a fault), "complete" (session21/repro/r17).
from concurrent.futures import ThreadPoolExecutor

after = 0
table = {}


def job():
    return 5


def callback(future):
    value = table["missing"]
    print(value)


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    f.add_done_callback(callback)
after = f.result() + 1
print(after)
