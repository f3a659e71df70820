import math
errors = []
try:
    math.factorial(-1)
except ValueError:
    errors.append('neg')
print(errors)
