total = sum(i for i in range(100))  # weft: cpu 1ms
print(total)
