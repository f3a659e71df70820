s = set()
s.add(3)
s.add(1)
order = list(map(str, s))
