"""An early `return a, b` unpacked by the caller."""
import threading

out = []


def bounds(values):
    if not values:
        return 0, 0
    return min(values), max(values)


def worker():
    lo, hi = bounds([])
    out.append((lo, hi))
    lo, hi = bounds([4, 9, 2])
    out.append((lo, hi))


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
