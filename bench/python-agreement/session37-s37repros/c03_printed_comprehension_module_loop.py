"""`print` of a comprehension of raising calls inside a module `for` over a display of lists, in `try`."""
ok = []
bad = []


def parse(text):
    return int(text)


for texts in (["1", "2"], ["x"], ["3"]):
    try:
        print("values", [parse(t) for t in texts])
        ok.append(len(texts))
    except ValueError:
        bad.append(texts[0])
print(ok, bad)
