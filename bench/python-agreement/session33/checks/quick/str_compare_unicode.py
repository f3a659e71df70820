a = 'é'
b = 'z'
print(a < b)
first = min(['é', 'z', 'e'])
print(first)
