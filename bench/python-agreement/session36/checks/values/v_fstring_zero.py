"""fstring_zero: `f'{a:05d}'` with a=-42, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = f'{a:05d}'


t = threading.Thread(target=work, args=(-42, 0))
t.start()
t.join()
print(repr(result))
