# STILL SILENT (found by s37values, not fixed): a tuple handed to a function as its argument, then
# appended to. CPython raises AttributeError in main (the run faults); weft lists only `ok` with
# out=[3] under "complete": the argument is a list known at import time to the import, which takes
# `append` at import time. translate/tuple_appends.rs refuses only where the name is bound to a tuple
# in the function around the call.
out = []


def grow(t):
    t.append(3)
    out.append(len(t))


grow((1, 2))
print(out)
