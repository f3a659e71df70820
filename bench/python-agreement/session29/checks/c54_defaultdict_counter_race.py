import threading
import time
from collections import defaultdict, Counter

votes = defaultdict(int)
tally = Counter()


def voter(choice):
    seen = votes[choice]
    time.sleep(0.001)
    votes[choice] = seen + 1
    tally[choice] += 1


ts = [threading.Thread(target=voter, args=(c,)) for c in ("x", "x", "y")]
for t in ts:
    t.start()
for t in ts:
    t.join()
x_votes = votes["x"]
x_tally = tally["x"]
print(x_votes, x_tally, dict(votes))
