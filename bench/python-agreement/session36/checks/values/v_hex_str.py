"""hex_str: `hex(a)` with a=255, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = hex(a)


t = threading.Thread(target=work, args=(255, 0))
t.start()
t.join()
print(repr(result))
