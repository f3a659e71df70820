# A walk of a module list of tuples in a function, each tuple appended to: CPython raises
# AttributeError. The start binary of session 38: `ok out=[3, 3]` under "complete"; now refused.
PAIRS = [(1, 2), (3, 4)]
out = []


def main():
    for pair in PAIRS:
        pair.append(9)
        out.append(len(pair))


main()
print(out)
