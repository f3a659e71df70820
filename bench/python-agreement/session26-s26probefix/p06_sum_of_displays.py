# sum/min/max of list displays whose items are comparisons, conditional expressions, `not`, sums and
# differences, with values known only at run time.
import threading

points = {"fast": 5, "slow": 4}
minutes = {"fast": 8, "slow": 12}
out: dict = {}
lock = threading.Lock()


def score(name: str) -> None:
    with lock:
        p = points[name]
        m = minutes[name]
    ratio = m / 10
    out[f"{name}_cmp"] = sum([p, m < 10])
    out[f"{name}_cmp2"] = sum([p >= 5, m >= 10])
    out[f"{name}_cond"] = sum([p, 10 if m > 10 else 0])
    out[f"{name}_cond_first"] = sum([3 if p > 4 else 1, m])
    out[f"{name}_not"] = sum([not p, not (m > 10)])
    out[f"{name}_diff"] = sum([p - m, 1])
    out[f"{name}_neg"] = sum([p, -m])
    out[f"{name}_mul"] = sum([p * 2, m // 3])
    out[f"{name}_float"] = sum([ratio, ratio - 0.1, 0.2])
    out[f"{name}_floatsum"] = sum([0.1, ratio + 0.2])
    out[f"{name}_max"] = int(max([p > 4, m < 10, 0]))
    out[f"{name}_min"] = min([p if m > 10 else m, 6])
    out[f"{name}_bool"] = sum([bool(p), bool(m - 8)])
    out[f"{name}_or"] = sum([p or m, 10])
    out[f"{name}_and"] = sum([p and m, 1])


threads = [threading.Thread(target=score, args=(n,)) for n in ("fast", "slow")]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
print(sorted(out.items()))
