"""str_compare: `str(a) < str(b)` with a=10, b=9, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a) < str(b)


t = threading.Thread(target=work, args=(10, 9))
t.start()
t.join()
print(repr(result))
