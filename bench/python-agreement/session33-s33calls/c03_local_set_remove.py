# A set a thread makes for itself: add, remove (KeyError on a missing member, caught), discard, len.
import threading

result = {}


def dedupe(key, items):
    kept = set()
    for item in items:
        kept.add(item)
    try:
        kept.remove("absent")
        result[key + "_raised"] = 0
    except KeyError:
        result[key + "_raised"] = 1
    kept.discard(items[0])
    result[key] = len(kept)
    result[key + "_has_last"] = 1 if items[-1] in kept else 0


t1 = threading.Thread(target=dedupe, args=("x", ["p", "q", "p", "r"]))
t2 = threading.Thread(target=dedupe, args=("y", [4, 4, 5]))
t1.start()
t2.start()
t1.join()
t2.join()
print(sorted(result.items()))
