# Expected: found == 1: `7 in seen` tests the values of the list, and 7 was appended (no bug). weft reads `in` on a list that starts empty as a test of its indices: found == 0 only, claimed complete.
seen = []
seen.append(7)
found = 0
if 7 in seen:
    found = 1
print(found)
