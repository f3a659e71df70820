"""float_int_str: `str(a / 1)` with a=4, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a / 1)


t = threading.Thread(target=work, args=(4, 0))
t.start()
t.join()
print(repr(result))
