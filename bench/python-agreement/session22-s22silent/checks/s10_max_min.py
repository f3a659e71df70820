s = set()
s.add(30)
s.add(10)
s.add(20)
high = max(s)
low = min(s)
size = len(s)
has = 1 if 10 in s else 0
