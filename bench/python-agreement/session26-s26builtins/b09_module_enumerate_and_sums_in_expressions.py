# Module-level forms: enumerate of a list threads append to (a comprehension and a for), a sum over a
# dict's items inside an assert and a print, a sum over constant pairs with a tuple target.
import threading

scores = {}
log = []
lock = threading.Lock()
PAIRS = [("a", 3), ("b", -2), ("c", 5)]


def add(name, n):
    with lock:
        scores[name] = n
        log.append((name, n))


threads = [threading.Thread(target=add, args=(k, v)) for k, v in PAIRS]
for t in threads:
    t.start()
for t in threads:
    t.join()

positive_at = [i for i, (name, n) in enumerate(log) if n > 0]
order = []
for i, (name, n) in enumerate(log, 1):
    order.append(f"{i}:{name}")
constant_total = sum(n for k, n in PAIRS if n > 0)
assert sum(v for k, v in scores.items()) == 6, "all three recorded"
print(positive_at, order, constant_total, sum(v * v for _, v in scores.items()))
