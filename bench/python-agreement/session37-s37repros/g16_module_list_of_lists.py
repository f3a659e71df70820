"""A module list of lists walked by a `for` in main; the callee appends to each."""
BATCHES = [[1, 2], [3]]
sizes = []


def grow(items):
    items.append(0)


def main():
    for batch in BATCHES:
        grow(batch)
        sizes.append(len(batch))


main()
print(sizes)
