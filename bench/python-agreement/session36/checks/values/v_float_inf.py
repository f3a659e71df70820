"""float_inf: `a * 1e308 * 10` with a=1, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a * 1e308 * 10


t = threading.Thread(target=work, args=(1, 0))
t.start()
t.join()
print(repr(result))
