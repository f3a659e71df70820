"""chained_cmp_false: `a < b < 1` with a=0, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a < b < 1


t = threading.Thread(target=work, args=(0, 3))
t.start()
t.join()
print(repr(result))
