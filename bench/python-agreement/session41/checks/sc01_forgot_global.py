# check: assigning a global's name in a function without `global` makes a local; the global is unchanged
import threading
import time

total = 10
resets = 0


def reset():
    total = 0
    time.sleep(0.001)
    return total


def bump():
    global total, resets
    r = reset()
    total += 5
    resets += 1 + r


t = threading.Thread(target=bump)
t.start()
t.join()
print(total, resets)
