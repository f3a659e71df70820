pairs = [(2, 'a'), (2, 'b'), (1, 'z')]
best = max(pairs)
print(best)
