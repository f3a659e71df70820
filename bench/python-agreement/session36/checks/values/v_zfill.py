"""zfill: `str(a).zfill(b)` with a=42, b=5, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = str(a).zfill(b)


t = threading.Thread(target=work, args=(42, 5))
t.start()
t.join()
print(repr(result))
