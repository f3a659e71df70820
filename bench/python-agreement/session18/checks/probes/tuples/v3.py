PAIRS = [(2, "b"), (1, "z")]
x = ""
PAIRS.sort()
x = PAIRS[0][1]
