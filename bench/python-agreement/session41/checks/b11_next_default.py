# check: next with default, StopIteration caught
import threading

a = 0
b = ""


def work():
    global a, b
    it = iter([7])
    x = next(it)
    y = next(it, -1)
    try:
        next(it)
        b = "no"
    except StopIteration:
        b = "stop"
    a = x * 10 + y


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
