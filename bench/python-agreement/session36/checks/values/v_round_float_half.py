"""round_float_half: `round(a / 8, 2)` with a=1, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = round(a / 8, 2)


t = threading.Thread(target=work, args=(1, 0))
t.start()
t.join()
print(repr(result))
