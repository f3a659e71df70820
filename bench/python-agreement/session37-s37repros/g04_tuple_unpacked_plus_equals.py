"""A tuple display of lists unpacked into locals; the callee does `+=` on its parameter."""
sizes = []


def grow(items):
    items += [0, 0]


def main():
    first, second = ([1, 2], [3])
    grow(first)
    sizes.append(len(first))
    sizes.append(len(second))


main()
print(sizes)
