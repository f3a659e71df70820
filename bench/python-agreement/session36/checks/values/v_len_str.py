"""len_str: `len(str(a) * b)` with a=12, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = len(str(a) * b)


t = threading.Thread(target=work, args=(12, 3))
t.start()
t.join()
print(repr(result))
