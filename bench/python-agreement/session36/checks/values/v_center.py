"""center: `str(a).center(b, '*')` with a=7, b=4, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a).center(b, '*')


t = threading.Thread(target=work, args=(7, 4))
t.start()
t.join()
print(repr(result))
