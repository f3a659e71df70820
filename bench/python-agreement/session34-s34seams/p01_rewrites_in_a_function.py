# A pool's results read by a function called from the module's top: the set comprehensions read only
# through len/sorted (distinct_sets.rs) and the dict of zip over a map (map_zips.rs) sit in a function's
# body, inside an `if`, where the walk down to the refused statement goes through the function's scope.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

calls = []
calls_lock = threading.Lock()
DELAYS = {"auth": 0.003, "db": 0.001, "cache": 0.002}


def classify(n):
    if n % 3 == 0:
        return "fizz"
    if n % 5 == 0:
        return "buzz"
    return "number"


def probe(name):
    time.sleep(DELAYS[name])
    with calls_lock:
        calls.append(name)
    return name.upper()


def summarize(numbers, names):
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(classify, n) for n in numbers]
        if numbers:
            kinds = len({f.result() for f in futures})
            labels = sorted({f.result() for f in futures})
        status = dict(zip(names, pool.map(probe, names)))
    return kinds, labels, status["auth"], status["cache"]


kinds, labels, auth, cache = summarize([3, 5, 6, 7], ["auth", "db", "cache"])
print(kinds, labels, auth, cache, sorted(calls))
