# BUG: lost update: pool tasks do counts[k] = counts.get(k, 0) + 1 with a pause between the read and the write
import time
from concurrent.futures import ThreadPoolExecutor

counts: dict[str, int] = {}


def record_visit(user: str) -> None:
    current = counts.get(user, 0)
    time.sleep(0.001)  # look up the session
    counts[user] = current + 1


visits = ["ann", "bo", "ann", "ann", "bo", "cy"]
with ThreadPoolExecutor(max_workers=3) as pool:
    for user in visits:
        pool.submit(record_visit, user)
ann = counts.get("ann", 0)
print(dict(sorted(counts.items())))
assert counts == {"ann": 3, "bo": 2, "cy": 1}, "lost update"
