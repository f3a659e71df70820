# BUG: check-then-act cache: two workers miss on the same key and both compute it.
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Cache:
    store: dict[str, int] = field(default_factory=dict)
    computations: int = 0

    def get_or_compute(self, key: str) -> int:
        if key not in self.store:
            self.computations += 1
            time.sleep(0.005)
            self.store[key] = len(key) * 7
        return self.store[key]


cache = Cache()
with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(cache.get_or_compute, ["user:1", "user:1"]))

computations = cache.computations
print(f"values={values} computations={computations}")
assert computations == 1, "computed the same key twice"
