"""isdigit: `str(a).isdigit()` with a=-3, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a).isdigit()


t = threading.Thread(target=work, args=(-3, 0))
t.start()
t.join()
print(repr(result))
