# Silent error (weft-start 81fd411): `stats.update({...})` on a dict display with string keys (which weft
# splits into one variable per key) imports as nothing at all (the thread's `with lock:` body is `ops: []`).
# weft explore: complete, stats_a=0 a_count=0; CPython: ok, stats_a=5, a_count=5. docs/python.md says
# `update` of a shared dict is refused; this form slips past the refusal.
import threading

stats = {"a": 0, "b": 0}
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        stats.update({w[0]: len(w)})


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = stats["a"]
