import sys
errors = []
try:
    sys.setswitchinterval(0)
except ValueError:
    errors.append('zero')
print(errors)
