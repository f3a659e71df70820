s = frozenset([3, 1])
text = str(s)
