total = sum(i for i in range(17))  # weft: cpu 1ms
print(total)
