"""String operations in threads: substring `in`, startswith, upper, slicing, split, comparison."""
import threading

LINES = ["ERROR disk full", "info ok", "WARN cpu hot", "error net down"]
counts = {"errors": 0, "warns": 0, "other": 0}
firsts = []
lock = threading.Lock()


def classify(line):
    head = line.split(" ")[0]
    upper = head.upper()
    with lock:
        if "ERR" in upper:
            counts["errors"] += 1
        elif upper.startswith("WA"):
            counts["warns"] += 1
        else:
            counts["other"] += 1
        firsts.append(line[0])


if __name__ == "__main__":
    threads = [threading.Thread(target=classify, args=(line,)) for line in LINES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    firsts.sort()
