"""fstring_float: `f'{a / b:.2f}'` with a=2, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = f'{a / b:.2f}'


t = threading.Thread(target=work, args=(2, 3))
t.start()
t.join()
print(repr(result))
