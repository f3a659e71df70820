a = {5, 1}
b = {3, 9}
u = a | b
order = [x for x in u]
