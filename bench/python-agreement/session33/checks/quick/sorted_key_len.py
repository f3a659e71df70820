names = ['bob', 'Alice', 'al', 'Bob']
ordered = sorted(names, key=len)
print(ordered)
