total = sum(i for i in range(1000))  # weft: cpu 1ms
print(total)
