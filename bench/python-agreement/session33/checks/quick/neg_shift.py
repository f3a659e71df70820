out = {}
out['s'] = 1 << -1
print(out)
