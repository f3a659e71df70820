"""list_repeat_len: `len([a] * b)` with a=1, b=4, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = len([a] * b)


t = threading.Thread(target=work, args=(1, 4))
t.start()
t.join()
print(repr(result))
