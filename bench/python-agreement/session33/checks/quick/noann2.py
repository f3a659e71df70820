total = sum(i for i in range(10000))
print(total)
