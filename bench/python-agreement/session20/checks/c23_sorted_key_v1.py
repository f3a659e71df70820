"""sorted with key and reverse, min/max with key, over records built by threads."""
import threading

scores = {}
lock = threading.Lock()
ranking = []
best = ""
worst = ""


def submit(name, points):
    with lock:
        scores[name] = points


if __name__ == "__main__":
    entries = [("ann", 30), ("bob", 50), ("cid", 30), ("dee", 10)]
    threads = [threading.Thread(target=submit, args=e) for e in entries]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    best = max(scores, key=scores.get)
    worst = min(scores, key=lambda n: scores[n])
