stats = {"a": 1, "b": 2}
r = -1
stats.clear()
r = len(stats)
