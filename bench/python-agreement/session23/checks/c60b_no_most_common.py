# check: collections.Counter and defaultdict(int) filled by threads under a lock; setdefault
import threading
from collections import Counter, defaultdict

lock = threading.Lock()
tally = defaultdict(int)
groups = {}
letters = Counter()


def work(words):
    for w in words:
        with lock:
            tally[w] += 1
            groups.setdefault(len(w), []).append(w)
            letters[w[0]] += 1


ts = [threading.Thread(target=work, args=(ws,)) for ws in (["aa", "b"], ["aa", "cc"])]
for t in ts:
    t.start()
for t in ts:
    t.join()
most = letters["a"]
