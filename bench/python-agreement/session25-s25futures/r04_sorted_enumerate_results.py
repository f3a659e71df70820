"""`sorted` with a key, a slice and `enumerate` of a list of futures' results."""
from concurrent.futures import ThreadPoolExecutor

log = []


def score(name):
    log.append(name)
    return len(name) * 2 - name.count("g")


names = ["ada", "grace", "linus", "guido"]
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(score, n) for n in names]
    scores = [f.result() for f in futures]

ranked = sorted(scores, key=lambda s: -s)
ascending = sorted(scores)
tail = scores[1:3]
best = 0
for position, value in enumerate(scores, start=1):
    if value > best:
        best = value
        print("new best at", position)
print(ranked, ascending, tail, best)
assert ranked[0] == best
