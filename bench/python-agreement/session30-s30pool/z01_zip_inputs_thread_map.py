"""for name, size in zip(names, ex.map(measure, names)): each input beside its result, as they come."""
from concurrent.futures import ThreadPoolExecutor
import time

names = ["alpha", "be", "gamma"]
sizes: dict[str, int] = {}
calls = 0


def measure(name: str) -> int:
    global calls
    time.sleep(0.01)
    calls += 1
    return len(name)


with ThreadPoolExecutor(max_workers=2) as ex:
    for name, size in zip(names, ex.map(measure, names)):
        sizes[name] = size
print(sizes, calls)
assert sizes == {"alpha": 5, "be": 2, "gamma": 5}
