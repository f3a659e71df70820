"""A local dict display of lists walked twice: the first walk's callee appends, the second walk reads."""
sizes = []


def grow(keys):
    keys.append(0)


def main():
    plan = {0: [1, 2], 1: [3]}
    for keys in plan.values():
        grow(keys)
    for keys in plan.values():
        sizes.append(len(keys))


main()
print(sizes)
