# check: Counter, defaultdict(list) and deque filled by threads under a lock
import threading
from collections import Counter, defaultdict, deque

lock = threading.Lock()
votes = Counter()
by_voter = defaultdict(list)
recent = deque(maxlen=3)


def vote(voter, choices):
    for choice in choices:
        with lock:
            votes[choice] += 1
            by_voter[voter].append(choice)
            recent.append(choice)


threads = [
    threading.Thread(target=vote, args=("ann", ["x", "y"])),
    threading.Thread(target=vote, args=("bob", ["x"])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
x_votes = votes["x"]
y_votes = votes["y"]
ann = len(by_voter["ann"])
last_len = len(recent)
print(x_votes, y_votes, ann, last_len)
