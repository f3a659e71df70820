total = sum(i for i in range(1000))
print(total)
