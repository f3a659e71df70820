# The values of calls of a functools.partial, a closure a factory made and a lambda: assigned, in
# arithmetic, appended, and in an `if` test, in a thread.
# CPython 3.11.7 (agree.py, 10 runs): ok total=131 got=[10, 21, 240, 121, 0] (10 of 10). weft explore: that outcome only, complete. Refused before session 19 (`x = p()`).
import functools
import threading

total = 0
got = []


def add(n):
    global total
    total += n
    return total


def make_adder(n):
    def adder():
        return add(n)
    return adder


def run():
    p = functools.partial(add, 10)
    x = p()
    got.append(x)
    y = 1 + p()
    got.append(y)
    cb = lambda n=100: add(n)
    z = cb() * 2
    got.append(z)
    got.append(make_adder(1)())
    if p() > 0:
        got.append(0)


t = threading.Thread(target=run)
t.start()
t.join()
print(total, got)
