"""A module-level loop variable reused later for run-time values: as a key, an index and an f-string."""
import threading

NAMES = ["ann", "bob"]
scores = {}
lines = []
results = []
lock = threading.Lock()


def score(name):
    with lock:
        results.append(len(name))


if __name__ == "__main__":
    for name in NAMES:
        scores[name] = 0
    threads = [threading.Thread(target=score, args=(n,)) for n in NAMES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(2):
        name = NAMES[1 - i]
        scores[name] = results[i]
        lines.append(f"{name}:{results[i]}")
