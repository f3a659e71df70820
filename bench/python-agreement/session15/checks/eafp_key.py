cache = {1: 10}
hits = 0
misses = 0
for key in range(2):
    try:
        value = cache[key]
        hits += 1
    except KeyError:
        misses += 1
