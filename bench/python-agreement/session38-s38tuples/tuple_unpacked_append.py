# A tuple unpacked from a tuple of tuples, then appended to: CPython raises AttributeError. The start
# binary of session 38: `ok out=[3]` under "complete"; now refused.
out = []


def main():
    first, second = (1, 2), (3, 4)
    first.append(9)
    out.append(len(first) + len(second))


main()
print(out)
