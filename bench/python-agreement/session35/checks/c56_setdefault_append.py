"""dict.setdefault(k, []).append(x) from threads: one C call each, no update lost."""
import threading

groups = {}
sizes = []


def add(key, value):
    groups.setdefault(key, []).append(value)


threads = [threading.Thread(target=add, args=(k, v)) for k, v in [("a", 1), ("b", 2), ("a", 3), ("a", 4)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
sizes = [len(groups["a"]), len(groups["b"])]
print(sizes, sorted(groups["a"]))
