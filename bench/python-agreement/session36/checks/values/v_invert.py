"""invert: `~a` with a=5, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = ~a


t = threading.Thread(target=work, args=(5, 0))
t.start()
t.join()
print(repr(result))
