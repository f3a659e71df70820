# Handlers looked up in a dict by kind; two threads dispatch to the unlocked one.
# CPython 3.11.7 (agree.py, 10 runs): ok counts_a=2 counts_b=1 (10 of 10). weft explore: 2 outcome(s), complete, CPython's among them.
import threading

counts = {"a": 0, "b": 0}
lock = threading.Lock()


def on_a():
    counts["a"] += 1


def on_b():
    with lock:
        counts["b"] += 1


HANDLERS = {"a": on_a, "b": on_b}


def dispatch(kind):
    HANDLERS[kind]()


threads = [threading.Thread(target=dispatch, args=(k,)) for k in ("a", "a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)
