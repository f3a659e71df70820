"""A dict display read only by walks; the loop variable's list is appended to inside the first walk."""
totals = []


def main():
    plan = {"a": [1], "b": [2, 3]}
    for name, items in plan.items():
        items.append(100)
    for name, items in plan.items():
        totals.append(sum(items))


main()
print(totals)
