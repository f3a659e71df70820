out = {}
out['s'] = 1 << 63
print(out)
