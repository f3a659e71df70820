"""Comprehensions over a dict filled by threads: filters, nested loops, dict of lists."""
import threading
from collections import defaultdict

scores: dict[str, int] = {}
lock = threading.Lock()


def grade(name: str, points: int) -> None:
    with lock:
        scores[name] = points


threads = [threading.Thread(target=grade, args=(n, p)) for n, p in [("ann", 91), ("bo", 78), ("cy", 85), ("di", 62)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
passed = sorted(name for name, p in scores.items() if p >= 80)
buckets: defaultdict[str, list[str]] = defaultdict(list)
for name in sorted(scores):
    buckets["A" if scores[name] >= 90 else "B" if scores[name] >= 80 else "C"].append(name)
top = max(scores.values())
print(passed, dict(buckets), top)
