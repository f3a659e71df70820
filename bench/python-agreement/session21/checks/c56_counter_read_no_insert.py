# reading a missing key of a Counter gives 0 and does not insert it
import threading
from collections import Counter

tally = Counter()
lock = threading.Lock()
missing_value = -1
size = 0


def worker(word):
    with lock:
        tally[word] += 1


for w in ["b", "a", "b"]:
    t = threading.Thread(target=worker, args=(w,))
    t.start()
    t.join()
missing_value = tally["zzz"]
size = len(tally)
print(missing_value, size, tally.most_common())
