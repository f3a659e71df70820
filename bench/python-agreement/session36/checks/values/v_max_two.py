"""max_two: `max(a, b, -a)` with a=-4, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = max(a, b, -a)


t = threading.Thread(target=work, args=(-4, 3))
t.start()
t.join()
print(repr(result))
