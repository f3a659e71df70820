steps = [("a", 2), ("b", 3)]
out = []
for i, (label, n) in reversed(list(enumerate(steps))):
    out.append(i * 10 + n)
for x in reversed(range(3)):
    out.append(x)
for x in tuple(reversed("ab")):
    out.append(x)
print(out)
