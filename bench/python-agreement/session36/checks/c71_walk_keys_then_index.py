"""A dict display in a function walked by keys, then read by index (not only walks: the old form)."""
sizes = []


def grow(items):
    items.append(0)


def main():
    plan = {0: [1, 2], 1: [3]}
    for k in plan:
        grow(plan[k])
    for k in plan:
        sizes.append(len(plan[k]))


main()
print(sizes)
