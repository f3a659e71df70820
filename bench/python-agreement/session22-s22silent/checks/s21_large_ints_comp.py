s = set()
s.add(100)
s.add(9)
s.add(1)
order = [x for x in s]
