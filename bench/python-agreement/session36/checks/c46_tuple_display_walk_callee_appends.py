"""A for over a tuple display of list displays in a function; each list handed to a callee that appends."""
sizes = []


def grow(items):
    items.append(0)


def main():
    for items in ([1, 2], [3]):
        grow(items)
        sizes.append(len(items))


main()
print(sizes)
