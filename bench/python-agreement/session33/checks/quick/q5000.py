total = sum(i for i in range(5000))  # weft: cpu 1ms
print(total)
