"""round_half_even: `round(a / b)` with a=5, b=2, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = round(a / b)


t = threading.Thread(target=work, args=(5, 2))
t.start()
t.join()
print(repr(result))
