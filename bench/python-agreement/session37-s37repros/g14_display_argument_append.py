"""A display written as the argument itself: the callee's append reaches no other name (no caller reads it)."""
sizes = []


def grow(items):
    items.append(0)
    sizes.append(len(items))


grow([1, 2])
grow([3])
print(sizes)
