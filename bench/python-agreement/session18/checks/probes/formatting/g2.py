n = 7
x = 0
x = f"{n:e}"
