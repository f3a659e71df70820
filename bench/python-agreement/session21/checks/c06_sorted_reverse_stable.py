# sorted(..., reverse=True) keeps equal items in their original order
import threading

scores = []
lock = threading.Lock()
ranking = []


def report(name, points):
    with lock:
        scores.append((name, points))


for name, points in [("ann", 1), ("bob", 1), ("cid", 2)]:
    t = threading.Thread(target=report, args=(name, points))
    t.start()
    t.join()
ranking = [name for name, _ in sorted(scores, key=lambda p: p[1], reverse=True)]
print(ranking)
