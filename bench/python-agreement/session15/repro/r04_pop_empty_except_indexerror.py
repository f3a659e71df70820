# no bug: IndexError of list.pop() on an empty list, caught by except IndexError (single thread: CPython taken=1 misses=1; weft: fault, KeyError)
items = [1]
taken = 0
misses = 0
try:
    items.pop()
    taken += 1
except IndexError:
    misses += 1
try:
    items.pop()
    taken += 1
except IndexError:
    misses += 1
