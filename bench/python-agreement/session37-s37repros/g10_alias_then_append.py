"""An alias of a display's list handed on: the callee appends through its parameter, the caller reads the other name."""
sizes = []


def grow(items):
    items.append(0)


def main():
    first, second = ([1, 2], [3])
    alias = first
    grow(alias)
    sizes.append(len(first))


main()
print(sizes)
