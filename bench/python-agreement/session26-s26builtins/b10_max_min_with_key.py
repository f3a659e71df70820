# max/min with key= over a list and a dict threads fill: ties keep the first item met, negative keys,
# key=len, tuple keys, and the ValueError of an empty list caught.
import threading

scores = {}
log = []
lock = threading.Lock()


def record(name, points):
    with lock:
        scores[name] = points
        log.append((name, points))


pairs = [("dan", 3), ("amy", -1), ("bob", 3), ("cal", 0), ("eve", -1)]
threads = [threading.Thread(target=record, args=pair) for pair in pairs]
for t in threads:
    t.start()
for t in threads:
    t.join()

best = max(scores.items(), key=lambda kv: kv[1])
worst = min(log, key=lambda pair: pair[1])
least_negated = min(scores, key=lambda name: (-scores[name], name))
longest = max(scores, key=len)
empty = []
try:
    nothing = max(empty, key=lambda x: x)
except ValueError:
    nothing = "empty"


def winner():
    top = max(log, key=lambda pair: (pair[1], pair[0]))
    return top[0]


champion = winner()
print(best, worst, least_negated, longest, nothing, champion)
