# collections.defaultdict(int) counts in a thread
import threading
from collections import defaultdict

counts = defaultdict(int)


def work():
    for w in ["a", "b", "a"]:
        counts[w] += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(dict(counts))
