# Check: Counter[k] += 1 for a missing key, dict.get(k, 0) + 1 under a lock, sum of values. Bug: none.
import threading
from collections import Counter

seen = Counter()
plain = {}
lock = threading.Lock()


def visit(page):
    with lock:
        seen[page] += 1
        plain[page] = plain.get(page, 0) + 1


pages = ["home", "about", "home", "shop", "home"]
ts = [threading.Thread(target=visit, args=(p,)) for p in pages]
for t in ts:
    t.start()
for t in ts:
    t.join()
home = seen["home"]
missing = seen["nope"]
total = sum(plain.values())
print(f"home={home} missing={missing} total={total} n={len(seen)}")
