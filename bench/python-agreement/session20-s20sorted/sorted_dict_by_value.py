# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok ranking=[bob, ann, cid] by_name=[ann, bob, cid] in 10 of 10 runs; weft explore: 2 outcomes, complete (ann and cid tie at 30 and keep their insertion order: [bob, cid, ann] where cid was inserted first), CPython's among them.
"""Three threads submit scores into a dict under a lock; the names are ranked by score, highest first,
ties in the order the names were inserted (a stable sort of the dict's keys)."""
import threading

scores = {}
lock = threading.Lock()


def submit(name, points):
    with lock:
        scores[name] = points


if __name__ == "__main__":
    entries = [("ann", 30), ("bob", 50), ("cid", 30)]
    threads = [threading.Thread(target=submit, args=entry) for entry in entries]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ranking = sorted(scores, key=lambda name: scores[name], reverse=True)
    by_name = sorted(scores.keys())
