"""Tuples as records in a shared list: appended by workers, sorted, unpacked, compared."""
import threading

records = []
lock = threading.Lock()
best_name = ""
best_score = 0


def report(name, score):
    with lock:
        records.append((score, name))


if __name__ == "__main__":
    threads = [threading.Thread(target=report, args=(n, s)) for n, s in [("ann", 3), ("bob", 9), ("cid", 3)]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    records.sort()
    best_score, best_name = records[-1]
    tie = 1 if records[0][0] == records[1][0] else 0
