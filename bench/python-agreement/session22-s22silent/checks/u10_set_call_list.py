s = set([30, 10, 20])
order = [x for x in s]
