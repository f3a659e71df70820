"""A display of list displays walked by a `for`; the callee sorts its parameter in place."""
firsts = []


def order(items):
    items.sort()


for items in ([3, 1, 2], [9, 4]):
    order(items)
    firsts.append(items[0])
print(firsts)
