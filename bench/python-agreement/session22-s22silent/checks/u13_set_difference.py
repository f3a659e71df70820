a = {5, 1, 9}
b = {1}
order = [x for x in a - b]
