"""After the joins, a dict comprehension over the sorted items of a shared Counter, with a test."""
import threading
from collections import Counter

words = ["a", "bb", "cc", "ddd", "e"]
lengths = Counter()
lock = threading.Lock()


def count(part):
    for word in part:
        with lock:
            lengths[len(word)] += 1


threads = [threading.Thread(target=count, args=(words[:2],)), threading.Thread(target=count, args=(words[2:],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
histogram = {f"len{k}": v * 10 for k, v in sorted(lengths.items()) if v > 1}
print(histogram)
assert histogram == {"len1": 20, "len2": 20}
