"""abs_neg: `abs(a - b)` with a=2, b=9, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = abs(a - b)


t = threading.Thread(target=work, args=(2, 9))
t.start()
t.join()
print(repr(result))
