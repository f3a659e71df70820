divisors = [2, 0]
ok = 0
bad = 0
result = 0
for d in divisors:
    try:
        result = 10 // d
        ok += 1
    except ZeroDivisionError:
        bad += 1
