"""round_neg_digits: `round(a, -2)` with a=1250, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = round(a, -2)


t = threading.Thread(target=work, args=(1250, 0))
t.start()
t.join()
print(repr(result))
