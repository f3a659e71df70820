"""str_replace: `'a-b-c'.replace('-', str(a), b)` with a=9, b=1, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 'a-b-c'.replace('-', str(a), b)


t = threading.Thread(target=work, args=(9, 1))
t.start()
t.join()
print(repr(result))
