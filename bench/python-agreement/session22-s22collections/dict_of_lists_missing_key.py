"""An item of a dict display of lists that is not there: KeyError, as a plain dict's (no new list)."""
import threading

log = {"a": [], "b": []}
caught = 0


def add(key, value):
    global caught
    try:
        log[key].append(value)
    except KeyError:
        caught += 1


threads = [threading.Thread(target=add, args=a) for a in [("a", 1), ("c", 2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
size_a = len(log["a"])
size_b = len(log["b"])
