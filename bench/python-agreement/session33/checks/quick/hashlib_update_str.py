import hashlib
errors = []
h = hashlib.md5()
try:
    h.update('abc')
except TypeError:
    errors.append('bytes')
print(errors)
