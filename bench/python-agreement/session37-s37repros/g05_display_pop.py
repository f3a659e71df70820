"""A display of list displays walked by a `for`; the callee pops from its parameter."""
sizes = []


def shrink(items):
    items.pop()


for items in ([1, 2], [3]):
    shrink(items)
    sizes.append(len(items))
print(sizes)
