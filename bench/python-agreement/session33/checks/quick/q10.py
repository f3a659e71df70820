total = sum(i for i in range(10))  # weft: cpu 1ms
print(total)
