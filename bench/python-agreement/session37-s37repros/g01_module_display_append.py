"""A module display of list displays walked by a `for`, each list handed to a function that appends."""
sizes = []


def grow(items):
    items.append(0)


for items in ([1, 2], [3]):
    grow(items)
    sizes.append(len(items))
print(sizes)
