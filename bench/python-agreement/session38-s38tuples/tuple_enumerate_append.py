# A pair of `enumerate` kept whole, then appended to: CPython raises AttributeError (enumerate gives
# tuples). Refused at the append.
out = []


def main():
    for pair in enumerate(["a", "b"]):
        pair.append(0)
        out.append(len(pair))


main()
print(out)
