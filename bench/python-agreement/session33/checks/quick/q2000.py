total = sum(i for i in range(2000))  # weft: cpu 1ms
print(total)
