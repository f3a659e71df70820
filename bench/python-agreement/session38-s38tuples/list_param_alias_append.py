# A list from a display walked by a `for`, handed to a function that binds it to another name and
# appends (session36/repro/r01 with an alias): CPython prints [3, 2]; the start binary of session 38
# gave [2, 1] under "complete" (the append went to the callee's own copy). Now refused at the append.
sizes = []


def grow(items):
    more = items
    more.append(0)


for items in ([1, 2], [3]):
    grow(items)
    sizes.append(len(items))
print(sizes)
