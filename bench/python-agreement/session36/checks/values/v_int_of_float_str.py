"""int_of_float_str: `int(float(str(a) + '.9'))` with a=3, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = int(float(str(a) + '.9'))


t = threading.Thread(target=work, args=(3, 0))
t.start()
t.join()
print(repr(result))
