# Silent error (weft-start 81fd411), the cause of r01/r03 on dicts made at run time: threads store a record
# dict under a key, main reads one field with two subscripts. weft explore: complete, only a fault
# (TypeError: 'int' object is not subscriptable in `item(nested['apple'], 'len')`, while its own report
# shows nested['apple'] = {'len': 5}); CPython: ok, a_count=5.
import threading

nested = {}
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        nested[w] = {"len": len(w)}


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = nested["apple"]["len"]
