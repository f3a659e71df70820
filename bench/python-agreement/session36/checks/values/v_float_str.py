"""float_str: `str(a / 3)` with a=1, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a / 3)


t = threading.Thread(target=work, args=(1, 0))
t.start()
t.join()
print(repr(result))
