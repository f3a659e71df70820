"""mod_neg: `a % b` with a=-7, b=2, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a % b


t = threading.Thread(target=work, args=(-7, 2))
t.start()
t.join()
print(repr(result))
