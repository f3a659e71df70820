"""int_float_mix: `a * 0.5 + b` with a=3, b=1, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a * 0.5 + b


t = threading.Thread(target=work, args=(3, 1))
t.start()
t.join()
print(repr(result))
