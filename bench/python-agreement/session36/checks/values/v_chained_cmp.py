"""chained_cmp: `1 < a < b` with a=2, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 1 < a < b


t = threading.Thread(target=work, args=(2, 3))
t.start()
t.join()
print(repr(result))
