"""int_sqrt: `int(a ** 0.5)` with a=17, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = int(a ** 0.5)


t = threading.Thread(target=work, args=(17, 0))
t.start()
t.join()
print(repr(result))
