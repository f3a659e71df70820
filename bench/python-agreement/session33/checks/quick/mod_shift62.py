out = {}
out['s'] = 1 << 62
print(out)
