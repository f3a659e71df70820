"""int_base: `int('ff', a)` with a=16, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = int('ff', a)


t = threading.Thread(target=work, args=(16, 0))
t.start()
t.join()
print(repr(result))
