d = dict.fromkeys({30, 10, 20}, 0)
text = str(d)
