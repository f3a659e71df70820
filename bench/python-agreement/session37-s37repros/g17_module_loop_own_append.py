"""A module `for` over a display of lists appends to each list in its own body (no callee): found while
writing g01-g16, a silent error of the start binary (CPython [3, 2], weft [2, 1] under "complete")."""
sizes = []

for items in ([1, 2], [3]):
    items.append(0)
    sizes.append(len(items))
print(sizes)
