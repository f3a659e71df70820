"""min_key: `min([a, b, -8], key=abs)` with a=-4, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = min([a, b, -8], key=abs)


t = threading.Thread(target=work, args=(-4, 3))
t.start()
t.join()
print(repr(result))
