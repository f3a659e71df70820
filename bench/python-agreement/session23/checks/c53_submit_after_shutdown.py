# check: submit() after shutdown() raises RuntimeError
from concurrent.futures import ThreadPoolExecutor

errors = 0
ex = ThreadPoolExecutor(max_workers=1)
ex.submit(print, "x").result()
ex.shutdown()
try:
    ex.submit(print, "y")
except RuntimeError:
    errors += 1
