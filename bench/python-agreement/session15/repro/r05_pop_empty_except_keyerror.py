# no bug: as r04 with except KeyError, which CPython's IndexError does not match (CPython: fault; weft: ok, its pop raises KeyError)
items = [1]
taken = 0
misses = 0
try:
    items.pop()
    taken += 1
except KeyError:
    misses += 1
try:
    items.pop()
    taken += 1
except KeyError:
    misses += 1
