PAIRS = [(2, "b"), (1, "z")]
x = ""
PAIRS.reverse()
x = PAIRS[0][1]
