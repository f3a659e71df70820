import threading
from collections import Counter, defaultdict

scores = {}
groups = defaultdict(list)
out = []


def worker(words):
    for w in words:
        scores[w] = scores.get(w, 0) + 1
        groups[len(w)].append(w)
    out.append(scores.pop("zz", -1))
    out.append(scores.setdefault("new", 5))
    out.append(len(groups[3]))
    out.append(",".join(sorted(scores)))


t = threading.Thread(target=worker, args=(["ab", "abc", "ab", "xyz"],))
t.start()
t.join()
print(scores, out)
