"""round_2: `round(a / b, 2)` with a=1, b=8, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = round(a / b, 2)


t = threading.Thread(target=work, args=(1, 8))
t.start()
t.join()
print(repr(result))
