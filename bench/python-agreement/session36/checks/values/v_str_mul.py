"""str_mul: `'ab' * a` with a=3, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 'ab' * a


t = threading.Thread(target=work, args=(3, 0))
t.start()
t.join()
print(repr(result))
