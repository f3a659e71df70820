"""A module dict of lists under string keys: one list handed to a function that appends to it."""
GROUPS = {"a": [1, 2], "b": [3]}
sizes = []


def grow(items):
    items.append(0)


grow(GROUPS["a"])
sizes.append(len(GROUPS["a"]))
sizes.append(len(GROUPS["b"]))
print(sizes)
