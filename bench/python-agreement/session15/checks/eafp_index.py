slots = [7, 8]
found = 0
missing = 0
for i in range(3):
    try:
        value = slots[i]
        found += 1
    except IndexError:
        missing += 1
