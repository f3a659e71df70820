"""pow_mod: `pow(a, b, 7)` with a=3, b=5, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = pow(a, b, 7)


t = threading.Thread(target=work, args=(3, 5))
t.start()
t.join()
print(repr(result))
