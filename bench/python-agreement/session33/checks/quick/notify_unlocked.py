import threading
errors = []
cond = threading.Condition()
try:
    cond.notify()
except RuntimeError:
    errors.append('unlocked')
print(errors)
