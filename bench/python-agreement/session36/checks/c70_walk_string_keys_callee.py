"""A dict display under string keys in a function, walked, its lists handed to a callee that appends."""
sizes = []


def grow(items):
    items.append("extra")


def main():
    routes = {"north": ["a"], "south": ["b", "c"]}
    for name, stops in routes.items():
        grow(stops)
    for name, stops in routes.items():
        sizes.append(len(stops))


main()
print(sizes)
