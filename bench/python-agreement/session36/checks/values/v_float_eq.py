"""float_eq: `a / 10 + b / 10 == 0.3` with a=1, b=2, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a / 10 + b / 10 == 0.3


t = threading.Thread(target=work, args=(1, 2))
t.start()
t.join()
print(repr(result))
