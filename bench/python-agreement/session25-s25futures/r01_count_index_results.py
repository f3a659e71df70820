"""`count` and `index` of a list of futures' results, found and not found."""
from concurrent.futures import ThreadPoolExecutor

hits = 0


def check(n):
    global hits
    if n % 2 == 0:
        hits += 1
        return True
    return False


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(check, n) for n in range(5)]
    flags = [f.result() for f in futures]

passed = flags.count(True)
failed = flags.count(False)
first_failure = flags.index(False)
missing = -1
try:
    missing = flags.index(7)
except ValueError:
    missing = -2
print(passed, failed, first_failure, missing, hits)
assert passed == hits
