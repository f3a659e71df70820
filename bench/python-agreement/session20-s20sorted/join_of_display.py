# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok labels=[a-1, a/done, b-2, b/done] last=4 in 10 of 10 runs; weft explore: 6 outcomes (the orders of the two workers), complete, that one among them. Before session 20 every weft run faulted "can only join an iterable" under "complete".
"""A worker labels its batch with a join of a display whose items are known only at run time (the
probe's r08: every weft run faulted there before, CPython joins)."""
import threading

items = []
labels = []
lock = threading.Lock()


def worker(tag):
    with lock:
        items.append(tag)
        n = len(items)
        labels.append("-".join([tag, str(n)]))
    summary = "/".join((tag, "done"))
    labels.append(summary)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(tag,)) for tag in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    last = ",".join([str(len(labels))])
