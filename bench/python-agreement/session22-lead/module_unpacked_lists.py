# Two lists bound by one unpacking at module level, then filled by two threads.
import threading

good, errors = [], []
label, limit = "run", None
totals = {"a": 0}


def check(value):
    if value % 2:
        errors.append(value)
    else:
        good.append(value)
    totals["a"] += value


threads = [threading.Thread(target=check, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(label, limit, len(good), len(errors), totals["a"])
