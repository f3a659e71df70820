"""bool_str: `str(a > b)` with a=3, b=2, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a > b)


t = threading.Thread(target=work, args=(3, 2))
t.start()
t.join()
print(repr(result))
