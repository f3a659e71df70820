# functools.reduce with a function of the file that logs each step.
import functools
import threading

steps = []
total = 0


def add(a, b):
    steps.append(b)
    return a + b


def work():
    global total
    total = functools.reduce(add, [1, 2, 3])


t = threading.Thread(target=work)
t.start()
t.join()
print(total, steps)
