"""sorted_reverse_key: `sorted([a, b, -a, -b], key=abs, reverse=True)[0]` with a=3, b=-5, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = sorted([a, b, -a, -b], key=abs, reverse=True)[0]


t = threading.Thread(target=work, args=(3, -5))
t.start()
t.join()
print(repr(result))
