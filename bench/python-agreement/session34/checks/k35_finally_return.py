# A `return` in `finally` replaces the try's return value and swallows its exception.
import threading

values = []


def pick(x):
    try:
        if x < 0:
            raise ValueError(x)
        return x
    finally:
        if x == 2:
            return 99


def worker():
    values.append(pick(1))
    values.append(pick(2))
    try:
        values.append(pick(-1))
    except ValueError:
        values.append(-1)


t = threading.Thread(target=worker)
t.start()
t.join()
print(values)
