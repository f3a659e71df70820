"""A dropped call whose `return` divides by a module global another thread set to 0."""
import threading

DIVISOR = [4]
caught = []
done = []


def share(total):
    return total // DIVISOR[0]


def worker():
    try:
        share(100)
        done.append("shared")
    except ZeroDivisionError:
        caught.append("zero")


def reset():
    DIVISOR[0] = 0


t = threading.Thread(target=reset)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
print(caught, done)
