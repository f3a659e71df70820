# check: integers grow without bound at run time
import threading

out = {}


def grow(steps):
    value = 1
    for _ in range(steps):
        value *= 3
    out["value"] = value
    out["digits"] = len(str(value))


t = threading.Thread(target=grow, args=(45,))
t.start()
t.join()
digits = out["digits"]
big = digits > 19
print(digits, big)
