out = {}
out['s'] = 1 << 65
print(out)
