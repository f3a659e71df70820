s = set()
s.add(30)
s.add(10)
first = next(iter(s))
