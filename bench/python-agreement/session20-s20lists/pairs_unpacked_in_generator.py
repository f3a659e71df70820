# No bug: workers append (name, score) pairs; the generators unpack each pair (`for _, s in scores`),
# and the best is found by `max` of a generator, the names by a join of another.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): best=9 points=16 players='ann,ben,cat' (10 of 10); weft explore: 6 outcomes, complete.
import threading

scores = []
lock = threading.Lock()


def play(name, score):
    with lock:
        scores.append((name, score))


threads = [threading.Thread(target=play, args=p) for p in [("ann", 7), ("ben", 9), ("cat", 4)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
best = max(s for _, s in scores)
points = sum(s for _, s in scores if s > 5)
players = ",".join(n for n, _ in scores)
