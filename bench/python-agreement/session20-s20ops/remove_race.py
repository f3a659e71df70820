# Two threads check then remove the same item of a shared list: the check and the remove are
# separate, so both may see it and the second remove raises ValueError (the bug).
# CPython 3.11.7, 10 runs: the ValueError in every run (a fault); weft finds it and the runs where one thread removes, complete within its window.
import threading
import time

pending = ["a", "b", "c"]
removed = []


def worker(name):
    if "b" in pending:
        time.sleep(0.001)
        pending.remove("b")
        removed.append(name)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(n,)) for n in ("x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(pending, removed)
