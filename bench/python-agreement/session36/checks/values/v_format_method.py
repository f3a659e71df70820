"""format_method: `'{}:{}'.format(a, b)` with a=1, b=2, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = '{}:{}'.format(a, b)


t = threading.Thread(target=work, args=(1, 2))
t.start()
t.join()
print(repr(result))
