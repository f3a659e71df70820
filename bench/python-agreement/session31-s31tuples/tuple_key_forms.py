# Every form of a tuple key on a module dict and set, by two threads under a lock and one without:
# `d[k] += 1`, `d.get`, `d.setdefault`, `in`, `not in`, `del`, `pop`, `set.add`, `discard`, `remove`,
# and integer and string keys beside the tuples in the same dict (Python tells 1, "1" and (1,) apart).
import threading

counts = {}
seen = set()
lock = threading.Lock()


def visit(who, cell):
    key = (who, cell)
    with lock:
        counts[key] = counts.get(key, 0) + 1
        if (cell,) not in counts:
            counts.setdefault((cell,), 0)
        counts[(cell,)] += 1
        seen.add(key)
        seen.add(cell)
    if key in seen:
        seen.discard(key)


def tidy():
    with lock:
        if (1,) in counts:
            del counts[(1,)]
        counts["1"] = counts.pop(("a", 1), -1)
        counts[1] = len(seen)


threads = [threading.Thread(target=visit, args=("a", 1)), threading.Thread(target=visit, args=("b", 1)),
           threading.Thread(target=visit, args=("a", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
tidy()
seen.remove(2)
total = len(counts)
members = len(seen)
b1 = counts[("b", 1)]
two = counts.get((2,), 0)
print(total, members, b1, two, counts, seen)
