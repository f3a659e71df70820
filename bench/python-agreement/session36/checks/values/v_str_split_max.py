"""str_split_max: `len('a,b,c,d'.split(',', a))` with a=2, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = len('a,b,c,d'.split(',', a))


t = threading.Thread(target=work, args=(2, 0))
t.start()
t.join()
print(repr(result))
