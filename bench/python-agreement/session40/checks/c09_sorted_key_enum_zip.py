# Check: sorted with key and reverse, enumerate with start, zip, min/max with key. Bug: none.
import threading

scores = {"ann": 7, "bob": 9, "cat": 7, "dan": 3}
ranking = []
pairs = []
best = ""
worst = ""


def worker():
    global best, worst
    order = sorted(scores, key=lambda k: (-scores[k], k))
    for rank, name in enumerate(order, start=1):
        ranking.append(f"{rank}.{name}")
    for a, b in zip([1, 2, 3], [10, 20]):
        pairs.append(a * b)
    best = max(scores, key=scores.get)
    worst = min(scores.items(), key=lambda kv: kv[1])[0]


t = threading.Thread(target=worker)
t.start()
t.join()
rev = sorted([3, 1, 2], reverse=True)
print(f"ranking={ranking} pairs={pairs} best={best} worst={worst} rev={rev}")
