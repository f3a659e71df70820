"""neg_power: `a ** b` with a=2, b=-1, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a ** b


t = threading.Thread(target=work, args=(2, -1))
t.start()
t.join()
print(repr(result))
