# A module tuple appended to in a function: CPython raises AttributeError. The start binary of session
# 38: `ok out=[3]` under "complete"; now refused at the append.
PAIR = (1, 2)
out = []


def grow():
    PAIR.append(3)
    out.append(len(PAIR))


grow()
print(out)
