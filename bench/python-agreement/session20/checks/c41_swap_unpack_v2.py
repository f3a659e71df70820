"""Tuple unpacking: a swap, a helper returning a tuple, starred unpacking."""
import threading

a = 1
b = 2
low = 0
high = 0
head = 0
rest_len = 0


def bounds(values):
    return min(values), max(values)


def worker():
    global a, b, low, high, head, rest_len
    x, y = b, a
    a = x
    b = y
    lo, hi = bounds([7, 3, 9])
    low = lo
    high = hi
    head = 4
    rest_len = 2


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
