"""bool_add: `(a > 1) + (b > 1)` with a=2, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = (a > 1) + (b > 1)


t = threading.Thread(target=work, args=(2, 3))
t.start()
t.join()
print(repr(result))
