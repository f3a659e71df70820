names = ['bob', 'Alice', 'carol', 'Bob']
ordered = sorted(names)
print(ordered)
