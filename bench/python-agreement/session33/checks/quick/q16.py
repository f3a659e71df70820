total = sum(i for i in range(16))  # weft: cpu 1ms
print(total)
