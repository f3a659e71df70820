"""or_value: `(a - 2) or b` with a=2, b=9, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = (a - 2) or b


t = threading.Thread(target=work, args=(2, 9))
t.start()
t.join()
print(repr(result))
