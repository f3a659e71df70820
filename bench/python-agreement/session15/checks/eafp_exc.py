items = [1]
taken = 0
misses = 0
for _ in range(2):
    try:
        items.pop(0)
        taken += 1
    except Exception:
        misses += 1
