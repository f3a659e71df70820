s = set()
s.add(3)
s.add(1)
box = [s]
text = str(box)
