"""str_title: `'hello world'.title()[a]` with a=6, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 'hello world'.title()[a]


t = threading.Thread(target=work, args=(6, 0))
t.start()
t.join()
print(repr(result))
