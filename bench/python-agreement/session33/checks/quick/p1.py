total = sum(i for i in range(10000))  # weft: cpu 1ms
print(total)
