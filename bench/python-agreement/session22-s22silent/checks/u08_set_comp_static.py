squares = {x * x for x in [4, 2, 9]}
text = str(squares)
