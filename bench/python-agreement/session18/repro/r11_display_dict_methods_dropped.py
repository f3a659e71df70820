# Silent error (weft-start 81fd411): a mutating method of a dict display with string keys (weft splits it into
# one variable per key) is dropped: `clear()`, `pop(k)`, `popitem()`, `update(...)` (r08) import as nothing,
# in the main code as in a thread (checks/probes/methods k01-k05, k10). weft explore: complete, r=2;
# CPython: ok, r=0. The same `clear()` on a dict whose keys come at run time is refused ("`.clear()` on a
# shared dict may change it, which weft does not model").
stats = {"a": 1, "b": 2}
r = -1
stats.clear()
r = len(stats)
