import random
errors = []
try:
    random.seed([1, 2])
except TypeError:
    errors.append('unhashable')
print(errors)
