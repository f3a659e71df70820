# weft walks a set in insertion order; CPython walks it in hash order ([1, 2, 3] here)
seen = set()
order = []
for n in [3, 1, 2]:
    seen.add(n)
for n in seen:
    order.append(n)
print(order)
