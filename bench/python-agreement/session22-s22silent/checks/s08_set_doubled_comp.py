s = {3, 1, 2}
s.add(17)
doubled = [2 * x for x in s]
