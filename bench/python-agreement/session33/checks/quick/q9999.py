total = sum(i for i in range(9999))  # weft: cpu 1ms
print(total)
