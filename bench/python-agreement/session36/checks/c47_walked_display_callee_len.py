"""A walked local dict display: the callee appends and returns len (3), the caller's len(keys) after it."""
sizes = []


def grow(items):
    items.append(0)
    return len(items)


def main():
    plan = {0: [1, 2]}
    for keys in plan.values():
        n = grow(keys)
        sizes.append(n)
        sizes.append(len(keys))


main()
print(sizes)
