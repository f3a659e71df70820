"""percent_float: `'%.1f' % (a / 3)` with a=2, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = '%.1f' % (a / 3)


t = threading.Thread(target=work, args=(2, 0))
t.start()
t.join()
print(repr(result))
