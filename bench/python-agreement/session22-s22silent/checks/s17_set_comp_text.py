items = [4, 2, 9]
squares = {x * x for x in items}
text = f"{squares}"
