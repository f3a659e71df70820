"""The walk variable aliased, the alias handed to a callee that appends."""
sizes = []


def grow(items):
    items.append(0)


def main():
    for items in ([1, 2], [3]):
        alias = items
        grow(alias)
        sizes.append(len(items))


main()
print(sizes)
