# BUG: defaultdict(int) `counts[k] += 1` from two threads without a lock: an update can be lost.
# CPython 3.11.7 (10 runs): assertion failed 9, fish=4 1; weft explore: both, complete.
import threading
import time
from collections import defaultdict

counts = defaultdict(int)


def tally(word, times):
    for _ in range(times):
        current = counts[word]
        time.sleep(0)
        counts[word] = current + 1


threads = [threading.Thread(target=tally, args=("fish", 2)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
fish = counts["fish"]
assert fish == 4, fish
