"""A list display of list displays walked inside a function; the callee extends its parameter."""
sizes = []


def grow(items):
    items.extend([7, 8])


def main():
    for items in [[1, 2], [3]]:
        grow(items)
        sizes.append(len(items))


main()
print(sizes)
