# Silent error (weft-start 81fd411): `sort()` (or `reverse()`) of a module list of tuples is dropped, and the
# later read is folded at import time from the unsorted list: the import's whole main is
# `set: "x = 'b'"`. weft explore: complete, x='b'; CPython: ok, x='z'. A list of ints or of strings sorts
# right, and `append` to the list of tuples is seen; the same drop happens when a thread rebinds a global
# to a list of tuples and another sorts it (checks/probes/tuples u07).
PAIRS = [(2, "b"), (1, "z")]
x = ""
PAIRS.sort()
x = PAIRS[0][1]
