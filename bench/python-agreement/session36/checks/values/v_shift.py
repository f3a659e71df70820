"""shift: `(a << b) | 1` with a=3, b=4, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = (a << b) | 1


t = threading.Thread(target=work, args=(3, 4))
t.start()
t.join()
print(repr(result))
