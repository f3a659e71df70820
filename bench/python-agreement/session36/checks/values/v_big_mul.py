"""big_mul: `a * a * a * b` with a=3000000000, b=7, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a * a * a * b


t = threading.Thread(target=work, args=(3000000000, 7))
t.start()
t.join()
print(repr(result))
