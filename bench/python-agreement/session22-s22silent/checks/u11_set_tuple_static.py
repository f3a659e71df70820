order = tuple({30, 10, 20})
text = str(order)
