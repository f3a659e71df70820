out = {}
out['s'] = 1 << 64
print(out)
