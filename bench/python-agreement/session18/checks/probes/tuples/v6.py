PAIRS = [(2, "b"), (1, "z")]
x = ""
PAIRS.append((0, "a"))
x = PAIRS[2][1]
