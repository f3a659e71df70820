s = set()
s.add(3)
s.add(1)
s.add(2)
text = f"{s}"
