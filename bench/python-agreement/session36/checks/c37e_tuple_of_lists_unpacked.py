"""A tuple display of lists unpacked into locals; the first handed to a callee that appends."""
sizes = []


def grow(items):
    items.append(0)
    return items


def main():
    pair = ([1, 2], [3])
    first, second = pair
    grow(first)
    sizes.append(len(first))


main()
print(sizes)
