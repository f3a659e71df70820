# collections.Counter counts in a thread
import threading
from collections import Counter

counts = Counter()


def work():
    for w in ["a", "b", "a"]:
        counts[w] += 1
    counts.update(["b", "c"])


t = threading.Thread(target=work)
t.start()
t.join()
print(dict(counts))
