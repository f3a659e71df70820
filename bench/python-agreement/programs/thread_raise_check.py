"""A worker raises RuntimeError when it finds the other worker's bump missing: CPython prints that
thread's traceback and ends it (weft: a fault), while the main thread goes on."""
import threading

count = 0


def bump():
    global count
    count += 1


def check():
    if count < 2:
        raise RuntimeError("the other bump is missing")


a = threading.Thread(target=bump)
b = threading.Thread(target=check)
a.start()
b.start()
a.join()
b.join()
print(count)
