"""float_floor_div: `a / 2 // 1` with a=7, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a / 2 // 1


t = threading.Thread(target=work, args=(7, 0))
t.start()
t.join()
print(repr(result))
