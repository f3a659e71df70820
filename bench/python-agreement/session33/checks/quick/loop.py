total = 0
for i in range(100):  # weft: cpu 1ms
    total += i
print(total)
