stats = {"a": 1, "b": 2}
r = -1
stats.pop("a")
r = len(stats)
