# no bug: a comprehension of submits unpacks (name, delay) pairs known at import time.
# CPython 3.11 (10 runs): results ['web', 'db', 'cache'] every run; checked ['web', 'cache', 'db'] 6
# runs, ['web', 'db', 'cache'] 4; weft explore: complete, four orders of `checked`, both of CPython's.
import time
from concurrent.futures import ThreadPoolExecutor

checked = []


def health_check(service: str, delay: float) -> str:
    time.sleep(delay)
    checked.append(service)
    return service


services = [("web", 0.002), ("db", 0.004), ("cache", 0.001)]
with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(health_check, name, delay) for name, delay in services]
results = [f.result() for f in futures]
print(results, checked)
