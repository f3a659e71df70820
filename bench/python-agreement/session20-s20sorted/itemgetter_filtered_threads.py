# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok done=[email, alert, report] names="email, alert, report, backup" in 10 of 10 runs; weft explore: 6 outcomes (every order of the three threads), complete.
"""Jobs sorted by priority with itemgetter; only the urgent ones get a thread (a comprehension with `if`
known at import time)."""
import threading
from operator import itemgetter

JOBS = [("backup", 3), ("email", 1), ("report", 2), ("alert", 1)]
done = []
lock = threading.Lock()


def run(name):
    with lock:
        done.append(name)


if __name__ == "__main__":
    ordered = sorted(JOBS, key=itemgetter(1))
    urgent = [threading.Thread(target=run, args=(name,)) for name, priority in ordered if priority < 3]
    for t in urgent:
        t.start()
    for t in urgent:
        t.join()
    names = ", ".join(name for name, _ in ordered)
    assert len(done) == 3
