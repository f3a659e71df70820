"""A module `for` over a display of lists extends each list with `+=` in its own body."""
sizes = []

for items in ([1, 2], [3]):
    items += [7, 8]
    sizes.append(len(items))
print(sizes)
