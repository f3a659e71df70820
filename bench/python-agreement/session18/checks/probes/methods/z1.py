tags = {1, 2}
r = -1
r = len(tags)
