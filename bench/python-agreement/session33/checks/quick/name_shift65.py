s = 1 << 65
print(s)
