"""A thread's dict copied with dict() and compared with a display; its values summed."""
import threading

scores = {}


def record(name, points):
    scores[name] = points


if __name__ == "__main__":
    threads = [threading.Thread(target=record, args=(f"p{i}", i * 10)) for i in range(3)]
    for t in threads:
        t.start()
    snapshot = dict(scores)
    for t in threads:
        t.join()
    complete = snapshot == {"p0": 0, "p1": 10, "p2": 20}
    total = sum(snapshot.values())
    keys = len(snapshot)
    print(complete, total, keys)
