# check: a module int rebound between two calls of a function that reads it
import threading

RATE = 2
out = []


def price(units):
    return units * RATE


out.append(price(5))
RATE = 3
t = threading.Thread(target=lambda: out.append(price(5)))
t.start()
t.join()
print(out)
