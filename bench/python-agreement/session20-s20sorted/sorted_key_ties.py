# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok leaderboard=[bob, ann, cid, dee] (arrived ann, bob, cid, dee) in 10 of 10 runs; weft explore: 6 outcomes, complete: ann and cid tie at 3 and keep their arrival order.
"""Two workers record scores; the leaderboard is sorted by score, highest first, ties in arrival order."""
import threading

SCORES = {"ann": 3, "bob": 5, "cid": 3, "dee": 1}
lock = threading.Lock()
arrived = []
scores = {}


def record(names):
    for name in names:
        with lock:
            arrived.append(name)
            scores[name] = SCORES[name]


if __name__ == "__main__":
    first = threading.Thread(target=record, args=(["ann", "bob"],))
    second = threading.Thread(target=record, args=(["cid", "dee"],))
    first.start()
    second.start()
    first.join()
    second.join()
    leaderboard = sorted(arrived, key=lambda name: scores[name], reverse=True)
    top = leaderboard[0]
