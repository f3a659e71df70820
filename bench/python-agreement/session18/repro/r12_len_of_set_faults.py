# Silent error (weft-start 81fd411): `len()` of a module-level set of ints. weft explore: complete, only a
# fault "len() of an object inside an expression (`size(x)` reads it in a step) is Python's, not weft's yet
# in `len(tags)`"; CPython: ok, r=2. A limitation that should be a refusal at import shows up as a fault every
# run (also after `tags.add(3)` in a thread, and for discard/update/remove/clear: checks/probes/methods k21-k24).
# A set that starts empty, `seen = set()`, filled by `seen.add(n)` in threads, is right
# (checks/probes/data_shapes/d03): the set display is the trigger. `2 in tags` of the display in a thread
# faults too (weft: fault, CPython: r=1).
tags = {1, 2}
r = -1
r = len(tags)
