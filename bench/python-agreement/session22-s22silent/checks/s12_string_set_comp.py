words = set()
words.add("red")
words.add("green")
words.add("blue")
upper = [w.upper() for w in words]
