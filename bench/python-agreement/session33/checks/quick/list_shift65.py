xs = []
xs.append(1 << 65)
print(xs)
