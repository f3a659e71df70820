"""`print("got", f.result(timeout=0.01))` of a job that sleeps 0.1 s: TimeoutError in CPython (before
session 21 weft read the call only and the run was `ok`)."""
import time
from concurrent.futures import ThreadPoolExecutor


def slow():
    time.sleep(0.1)
    return 1


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(slow)
    print("got", f.result(timeout=0.01))
