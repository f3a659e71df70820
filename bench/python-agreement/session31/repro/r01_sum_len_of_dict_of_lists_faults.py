# CPython 3.11: handled=3. weft-start: imports, then every run faults at the sum ("len() of an object inside
# an expression ... is Python's, not weft's yet"): CPython's state is never listed (found as a06).
import threading

done_by = {}
lock = threading.Lock()


def worker(name, items):
    for n in items:
        with lock:
            done_by.setdefault(name, []).append(n)


threads = [threading.Thread(target=worker, args=("w0", [1, 2])), threading.Thread(target=worker, args=("w1", [3]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
handled = sum(len(v) for v in done_by.values())
print("handled:", handled)
