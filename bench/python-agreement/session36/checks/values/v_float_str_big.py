"""float_str_big: `str(a * 1.0)` with a=10000000000000000, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a * 1.0)


t = threading.Thread(target=work, args=(10000000000000000, 0))
t.start()
t.join()
print(repr(result))
