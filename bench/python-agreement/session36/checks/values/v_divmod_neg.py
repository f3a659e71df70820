"""divmod_neg: `divmod(a, b)[0] * 10 + divmod(a, b)[1]` with a=-7, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = divmod(a, b)[0] * 10 + divmod(a, b)[1]


t = threading.Thread(target=work, args=(-7, 3))
t.start()
t.join()
print(repr(result))
