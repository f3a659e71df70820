s = {8, 1}
text = f"{s}"
