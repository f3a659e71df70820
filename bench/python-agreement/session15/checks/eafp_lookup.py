items = [1]
taken = 0
misses = 0
try:
    items.pop()
    taken += 1
except LookupError:
    misses += 1
try:
    items.pop()
    taken += 1
except LookupError:
    misses += 1
