"""str_strip_chars: `'xxhixx'.strip('x') + str(a)` with a=1, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 'xxhixx'.strip('x') + str(a)


t = threading.Thread(target=work, args=(1, 0))
t.start()
t.join()
print(repr(result))
