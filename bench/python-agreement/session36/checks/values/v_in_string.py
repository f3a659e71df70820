"""in_string: `str(a) in '12345'` with a=34, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a) in '12345'


t = threading.Thread(target=work, args=(34, 0))
t.start()
t.join()
print(repr(result))
