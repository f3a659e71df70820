# check: the value of a call of a function costed on its def line, in the main code
def checksum(n):  # weft: cpu 200us
    total = 0
    for i in range(n):
        total += i * i
    return total


value = checksum(10)
print(value)
