# A decorator that counts calls around the function it wraps.
import threading

calls = 0


def counted(fn):
    def wrapper(*args):
        global calls
        calls += 1
        return fn(*args)
    return wrapper


@counted
def double(x):
    return 2 * x


result = 0


def worker():
    global result
    result = double(3) + double(4)


t = threading.Thread(target=worker)
t.start()
t.join()
print(calls, result)
