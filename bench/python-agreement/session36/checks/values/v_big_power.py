"""big_power: `a ** b` with a=2, b=70, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a ** b


t = threading.Thread(target=work, args=(2, 70))
t.start()
t.join()
print(repr(result))
