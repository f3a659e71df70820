"""The callee is a method of an instance: it appends to the list it is given."""
sizes = []


class Grower:
    def __init__(self):
        self.calls = 0

    def grow(self, items):
        self.calls += 1
        items.append(0)


g = Grower()
for items in ([1, 2], [3]):
    g.grow(items)
    sizes.append(len(items))
print(sizes)
