# Check: a list of tuples where a thread replaces an item with a new tuple; unpacking in a loop. Bug: none.
import threading

scores = [("ann", 1), ("bob", 2)]
best = ""


def bump(i, extra):
    name, pts = scores[i]
    scores[i] = (name, pts + extra)


t = threading.Thread(target=bump, args=(0, 5))
t.start()
t.join()
best = max(scores, key=lambda s: s[1])[0]
total = sum(p for _, p in scores)
print(f"best={best} total={total}")
