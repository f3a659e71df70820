# CPython 3.11.7 (10 runs): [-1] every run (prices[name] raises KeyError in the rest of the try, its handler runs).
# weft (session 18): 'fault' and [3], complete: the rest of a try_timed form runs outside any scenario try:, so
# a KeyError weft raises itself there ends the run instead of reaching `except KeyError` (NOT fixed, docs/python.md 'Not yet').
import threading
import time
from concurrent.futures import ThreadPoolExecutor

prices = {}
log = []


def fetch(name):
    return name


def stocker():
    time.sleep(0.05)
    prices["a"] = 3


t = threading.Thread(target=stocker)
with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(fetch, "a")
t.start()
try:
    name = f.result()
    log.append(prices[name])
except KeyError:
    log.append(-1)
t.join()
print(log)
