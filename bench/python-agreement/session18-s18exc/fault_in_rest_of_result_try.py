# CPython 3.11.7 (10 runs): [-1] every run (prices[name] raises KeyError in the rest of the try, its handler runs).
# Before session 18's fix weft listed 'fault' and [3] under a claim of completeness: the rest of `try: name = f.result()`
# ran outside any scenario try:, so the KeyError weft raised there ended the run instead of reaching `except KeyError`.
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
