# a, b = b, a evaluates the right side first: a swap
import threading

first = 1
second = 2


def swap():
    global first, second
    first, second = second, first


t = threading.Thread(target=swap)
t.start()
t.join()
print(first, second)
