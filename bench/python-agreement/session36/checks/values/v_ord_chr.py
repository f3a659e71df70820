"""ord_chr: `chr(ord('a') + a)` with a=2, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = chr(ord('a') + a)


t = threading.Thread(target=work, args=(2, 0))
t.start()
t.join()
print(repr(result))
