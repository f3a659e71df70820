"""percent_format: `'%d-%s' % (a, b)` with a=3, b='x', computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = '%d-%s' % (a, b)


t = threading.Thread(target=work, args=(3, 'x'))
t.start()
t.join()
print(repr(result))
