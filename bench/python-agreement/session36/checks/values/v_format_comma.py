"""format_comma: `f'{a:,}'` with a=1234567, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = f'{a:,}'


t = threading.Thread(target=work, args=(1234567, 0))
t.start()
t.join()
print(repr(result))
