stats = {}
stats["x"] = 1
r = -1
stats.clear()
r = len(stats)
